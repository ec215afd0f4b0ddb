namespace HccPerformance.Core.Concerns;

/// <summary>
/// What needs a decision at a CPEG meeting (seed 4.13, 4.16): new concerns awaiting the locally-important decision,
/// report-backs submitted and awaiting review, overdue report-backs and report-backs due by the meeting date; first of all,
/// the chair's urgent decisions taken since the last sitting, for ratification (issue 15).
/// <para>
/// The agenda is read as at the meeting date, but nobody knows the future: for a meeting still to come it is built from
/// what is known today (a report-back due before the meeting and not yet in is "due", one already late is "overdue");
/// for a past meeting, from the dates the records keep, so it shows what was waiting on the day whatever happened since.
/// </para>
/// </summary>
public static class CpegAgenda
{
    public static List<AgendaItem> For(IEnumerable<AreaOfConcern> concerns, DateOnly meetsOn, DateOnly today,
        IEnumerable<UrgentDecisionRow>? forRatification = null)
    {
        // The last day whose events are known: the meeting date, or today for a meeting still to come.
        var known = meetsOn < today ? meetsOn : today;
        var items = (forRatification ?? [])
            .Select(u => new AgendaItem(AgendaItemKind.UrgentDecisionForRatification, u.ConcernId, u.ConcernTitle, null, u.DecidedOn, u.Summary)).ToList();
        foreach (var concern in concerns)
        {
            if (!OpenOn(concern, known))
            {
                continue;
            }

            if (concern.DecidedOn is not { } decided || decided > known)
            {
                items.Add(new AgendaItem(AgendaItemKind.NewConcern, concern.Id, concern.Title, null, null));
                continue;
            }

            foreach (var intervention in concern.Interventions.Where(i => i.AssignedOn <= known))
            {
                foreach (var report in intervention.ReportBacks)
                {
                    var kind = KindOf(report, known, meetsOn);
                    if (kind is { } k)
                    {
                        items.Add(new AgendaItem(k, concern.Id, concern.Title, intervention.Name, report.DueOn));
                    }
                }
            }
        }

        return [.. items.OrderBy(i => i.Kind).ThenBy(i => i.DueOn).ThenBy(i => i.ConcernTitle, StringComparer.CurrentCulture)];
    }

    private static bool OpenOn(AreaOfConcern concern, DateOnly day) =>
        concern.RaisedOn <= day && (concern.ClosedOn is not { } closed || closed > day);

    private static AgendaItemKind? KindOf(ReportBack report, DateOnly known, DateOnly meetsOn)
    {
        var submitted = report.SubmittedOn is { } on && on <= known;
        if (submitted)
        {
            var reviewed = report.ReviewedOn is { } r && r <= known;
            return reviewed ? null : AgendaItemKind.ReportBackToReview;
        }

        if (report.DueOn < known)
        {
            return AgendaItemKind.OverdueReportBack;
        }

        return report.DueOn <= meetsOn ? AgendaItemKind.ReportBackDue : null;
    }
}
