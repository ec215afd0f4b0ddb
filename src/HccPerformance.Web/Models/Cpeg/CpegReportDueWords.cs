using HccPerformance.Core.Concerns;

namespace HccPerformance.Web.Models.Cpeg;

/// <summary>Whether CPEG's report to CMT is due, in words and as a tag (text plus colour, never colour alone).</summary>
public static class CpegReportDueWords
{
    public static string Tag(CpegReportDueState state) => state switch
    {
        CpegReportDueState.Overdue => "Overdue",
        CpegReportDueState.Due => "Due",
        _ => "Not due",
    };

    public static string TagClass(CpegReportDueState state) => state switch
    {
        CpegReportDueState.Overdue => "tag-red",
        CpegReportDueState.Due => "tag-amber",
        _ => "tag-green",
    };

    public static string Sentence(CpegReportDue due) => (due.State, due.LastIssuedOn, due.DueOn) switch
    {
        (_, null, _) => "No report to CMT has been issued yet: one is due now (twice a year).",
        (CpegReportDueState.Overdue, { } last, { } on) => $"The last was issued on {Display.Date(last)}; the next was due on {Display.Date(on)}.",
        (CpegReportDueState.Due, { } last, { } on) => $"The last was issued on {Display.Date(last)}; the next is due by {Display.Date(on)}.",
        (CpegReportDueState.NotDue, { } last, { } on) => $"The last was issued on {Display.Date(last)}; the next is due by {Display.Date(on)}. Issuing one before then is \u201cby exception\u201d, with a reason.",
        _ => "",
    };
}
