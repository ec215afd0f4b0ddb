using HccPerformance.Core.Common;

namespace HccPerformance.Core.Concerns;

/// <summary>
/// An issued, numbered CPEG report to CMT (Appendix One: "twice a year, or by exception"), frozen: its content as JSON
/// (<see cref="CpegReport"/>), so a figure given to CMT never changes afterwards. Its journey is one step: CMT considers it at
/// a CMT meeting (the reference names no Cabinet step for this report).
/// </summary>
public class IssuedCpegReport : IDemoRecord
{
    /// <summary>Invented by the Development seed (issue 17): every list, tile and report that shows it marks it.</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

    private IssuedCpegReport() { }

    internal IssuedCpegReport(int number, DateOnly from, DateOnly to, DateTime issuedUtc, string issuedBy, string contentJson, string? exceptionReason)
    {
        Number = number;
        From = from;
        To = to;
        IssuedUtc = issuedUtc;
        IssuedBy = issuedBy;
        ContentJson = contentJson;
        ExceptionReason = exceptionReason;
    }

    /// <summary>The bodies that consider it, in order.</summary>
    public static readonly IReadOnlyList<Body> Steps = [Body.Cmt];

    private readonly List<CpegReportConsideration> considerations = [];

    public int Id { get; private set; }

    /// <summary>1, 2, 3 ... in the order issued: "CPEG report to CMT no. 3".</summary>
    public int Number { get; private set; }

    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public DateTime IssuedUtc { get; private set; }
    public string IssuedBy { get; private set; } = "";
    public string ContentJson { get; private set; } = "";

    /// <summary>Why it was issued outside the twice-yearly rhythm ("by exception"); none for a due one.</summary>
    public string? ExceptionReason { get; private set; }

    public IReadOnlyList<CpegReportConsideration> Considerations => considerations;

    public Body? WaitingFor => Journey.Next(Steps, considerations.Count);

    /// <summary>Appends CMT's consideration, once only (<see cref="Journey.Check"/>); the content stays as issued.</summary>
    public CpegReportConsideration Record(Body body, DateOnly metOn, string decisions, string? notes, string recordedBy, DateTime now)
    {
        Journey.Check(Steps, considerations, body, metOn, DateOnly.FromDateTime(IssuedUtc), DateOnly.FromDateTime(now), $"CPEG's report to CMT no. {Number}");
        var step = new CpegReportConsideration(body, metOn, decisions.Trim(), string.IsNullOrWhiteSpace(notes) ? null : notes.Trim(), recordedBy, now);
        considerations.Add(step);
        return step;
    }
}
