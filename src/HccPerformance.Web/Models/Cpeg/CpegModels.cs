using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using HccPerformance.Core.Concerns;
using HccPerformance.Web.Models.Indicators;
using Microsoft.AspNetCore.Html;

namespace HccPerformance.Web.Models.Cpeg;

public sealed class MenuPageViewModel
{
    public required IReadOnlyList<MenuItem> Items { get; init; }
    public required bool CanChange { get; init; }
    public MenuItemInput Input { get; set; } = new();
}

public sealed class RetireMenuItemViewModel
{
    public required MenuItem Item { get; init; }
    public RetireMenuItemInput Input { get; set; } = new();
}

public sealed class MeetingsPageViewModel
{
    public required IReadOnlyList<MeetingRow> Meetings { get; init; }
    public required bool CanSchedule { get; init; }
    public DateOnly Today { get; init; }
    public MeetingInput Input { get; set; } = new();
}

public sealed class CpegHomeViewModel
{
    public MeetingRow? Next { get; init; }
    public required IReadOnlyList<AgendaItem> Agenda { get; init; }
    public bool CanSchedule { get; init; }

    /// <summary>Meetings held whose minutes the chair has not confirmed: the chair's to do, everyone else's to know.</summary>
    public IReadOnlyList<MeetingRow> MinutesToConfirm { get; init; } = [];
    public IReadOnlyList<UrgentDecisionRow> AwaitingRatification { get; init; } = [];
    public bool IsChair { get; init; }
}

public sealed class MeetingPageViewModel
{
    public required MeetingView Meeting { get; init; }
    public required bool CanRecordDecisions { get; init; }
    public bool CanConfirmMinutes { get; init; }
    public required DateOnly Today { get; init; }
    public DecisionInput Input { get; set; } = new();

    /// <summary>The ratification form as posted, for the urgent decision it was about, when it is shown again.</summary>
    public RatifyInput Ratify { get; set; } = new();
    public int? RatifyingId { get; set; }

    public bool HasMet => Meeting.MeetsOn <= Today;
}

public sealed class ReportPageViewModel
{
    public CpegReport? Report { get; init; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }

    /// <summary>Officers open the concerns from the report; CMT and Cabinet read the report itself.</summary>
    public required bool CanOpenConcerns { get; init; }
}

public sealed class IsItWorkingViewModel
{
    public required IReadOnlyList<IndicatorTrendRow> Rows { get; init; }
    public required OutcomeSummary Outcomes { get; init; }
}

/// <summary>What the concern page shows from CPEG's meetings and, for an indicator concern, whether it is working.</summary>
public sealed class ConcernCpegViewModel
{
    public required IReadOnlyList<DecisionRow> Decisions { get; init; }
    public IndicatorTrendRow? Trend { get; init; }
}

public static class CpegWords
{
    public static string Name(AgendaItemKind kind) => kind switch
    {
        AgendaItemKind.UrgentDecisionForRatification => "The chair's urgent decisions, for ratification",
        AgendaItemKind.NewConcern => "New concerns: does each matter locally?",
        AgendaItemKind.ReportBackToReview => "Report-backs to review",
        AgendaItemKind.OverdueReportBack => "Overdue report-backs",
        _ => "Report-backs due by the meeting",
    };

    public static string VerdictTag(BeforeAfterVerdict verdict) => verdict switch
    {
        BeforeAfterVerdict.Better => "tag-green",
        BeforeAfterVerdict.Worse => "tag-red",
        BeforeAfterVerdict.NoChange => "tag-amber",
        _ => "tag-grey",
    };

    /// <summary>
    /// The results before and after the first intervention as one small line drawn on the server (no script, no inline
    /// style), with a dashed mark where CPEG stepped in and the figures in words as its text alternative.
    /// </summary>
    public static IHtmlContent Sparkline(BeforeAfterComparison comparison)
    {
        var values = comparison.Before.Concat(comparison.After).Select(r => r.Value).ToList();
        if (values.Count < 2)
        {
            return new HtmlString("<span class=\"text-body-secondary small\">Too few results to draw</span>");
        }

        const int width = 120, height = 28, pad = 3;
        var min = values.Min();
        var max = values.Max();
        var range = max == min ? 1 : max - min;
        decimal X(int i) => pad + (i * (width - (2 * pad)) / (decimal)(values.Count - 1));
        decimal Y(decimal v) => height - pad - ((v - min) * (height - (2 * pad)) / range);
        var points = string.Join(" ", values.Select((v, i) => string.Create(CultureInfo.InvariantCulture, $"{X(i):0.#},{Y(v):0.#}")));
        var svg = new StringBuilder();
        var label = $"Results before the first intervention: {Figures(comparison.Before)}. Since: {Figures(comparison.After)}.";
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"sparkline\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{HtmlEncoder.Default.Encode(label)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{HtmlEncoder.Default.Encode(label)}</title>");
        if (comparison.Before.Count > 0 && comparison.After.Count > 0)
        {
            // Halfway between the last result before and the first after: where CPEG's first intervention falls.
            var x = (X(comparison.Before.Count - 1) + X(comparison.Before.Count)) / 2;
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:0.#}\" y1=\"0\" x2=\"{x:0.#}\" y2=\"{height}\" stroke=\"#6c757d\" stroke-width=\"1\" stroke-dasharray=\"2 2\" />");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"#1d3a5f\" stroke-width=\"1.5\" points=\"{points}\" />");
        svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(values.Count - 1):0.#}\" cy=\"{Y(values[^1]):0.#}\" r=\"2.5\" fill=\"#1d3a5f\" /></svg>");
        return new HtmlString(svg.ToString());
    }

    private static string Figures(IReadOnlyList<PeriodResult> results) =>
        results.Count == 0 ? "none" : string.Join(", ", results.Select(r => IndicatorDisplay.Number(r.Value)));
}

/// <summary>The issued CPEG reports to CMT, newest first, and whether the next is due.</summary>
public sealed class IssuedCpegReportsViewModel
{
    public required IReadOnlyList<IssuedCpegSummary> Reports { get; init; }
    public required CpegReportDue Due { get; init; }
    public required bool CanIssue { get; init; }
}

/// <summary>The check before issuing CPEG's report to CMT: the period, and the reason when it is "by exception".</summary>
public sealed class IssueCpegReportViewModel
{
    public required CpegReportDue Due { get; init; }
    public required DateOnly Today { get; init; }
    public CpegReportIssueInput Input { get; set; } = new();
}

/// <summary>An issued CPEG report to CMT as it was issued, with its journey.</summary>
public sealed class IssuedCpegReportViewModel
{
    public required IssuedCpegReportView Report { get; init; }
    public required bool CanOpenConcerns { get; init; }
    public required Journeys.JourneyFormModel Journey { get; init; }
}
