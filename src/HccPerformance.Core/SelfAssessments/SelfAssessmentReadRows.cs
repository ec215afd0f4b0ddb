namespace HccPerformance.Core.SelfAssessments;

/// <summary>An item as a reader may read it; <see cref="SubmittedJson"/> is set when the reader reads the last submitted version.</summary>
public class ReadableItem
{
    public int ItemId { get; init; }
    public int AssessmentId { get; init; }
    public int DepartmentId { get; init; }
    public int PeriodId { get; init; }
    public AssessmentStatus Status { get; init; }
    public ItemSection Section { get; init; }
    public int Position { get; init; }
    public string Text { get; init; } = "";
    public string? SubmittedJson { get; init; }

    /// <summary>The assessment is demo data (issue 17).</summary>
    public bool IsDemo { get; init; }
}

/// <summary>One item of a section, or (for a returned assessment read from outside) the whole last submitted version.</summary>
public sealed class SectionRow
{
    public int AssessmentId { get; init; }
    public int DepartmentId { get; init; }
    public int PeriodId { get; init; }
    public AssessmentStatus Status { get; init; }
    public int Position { get; init; }
    public string Text { get; init; } = "";
    public string? SubmittedJson { get; init; }

    /// <summary>The assessment is demo data (issue 17).</summary>
    public bool IsDemo { get; init; }
}

public sealed class ItemLinkRow
{
    public int ItemId { get; init; }
    public string TargetType { get; init; } = "";
    public int TargetId { get; init; }
}

public sealed record SectionText(int AssessmentId, int DepartmentId, int PeriodId, AssessmentStatus Status, int Position, string Text)
{
    /// <summary>A demo record (issue 17): shown with its demo mark.</summary>
    public bool IsDemo { get; init; }
}

/// <summary>Where an assessment is, without its words: anyone may know that a department has submitted.</summary>
public sealed class AssessmentState
{
    public int Id { get; init; }
    public int DepartmentId { get; init; }
    public int PeriodId { get; init; }
    public int FinancialYear { get; init; }
    public int Quarter { get; init; }
    public AssessmentStatus Status { get; init; }
    public DateTime? FirstSubmittedUtc { get; init; }
    public DateTime? LastSubmittedUtc { get; init; }
    public bool SubmittedLate { get; init; }

    /// <summary>The assessment is demo data (issue 17).</summary>
    public bool IsDemo { get; init; }
}
