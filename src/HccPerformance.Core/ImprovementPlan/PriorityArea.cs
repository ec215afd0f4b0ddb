using System.Globalization;
using HccPerformance.Core.Common;

namespace HccPerformance.Core.ImprovementPlan;

public sealed record RagReason(Rag Rag, string Reason);

/// <summary>
/// One priority area of the plan (seed 5.8): the plan's own words (short name and description), who answers for it,
/// its measurable targets, milestones, and the progress recorded each period.
/// </summary>
public class PriorityArea : AuditableEntity, IDemoDetails
{
    /// <summary>Its accountable and involved departments and tags were invented by the Development seed; the 2008 text is reference (issue 17).</summary>
    [DemoDetailsMark("priority area accountabilities", nameof(AccountableDepartmentId), nameof(Tags))]
    public bool AccountabilityIsDemo { get; private set; }

    bool IDemoDetails.DetailsAreDemo => AccountabilityIsDemo;

    void IDemoDetails.MarkDetailsAsDemo() => AccountabilityIsDemo = true;

    void IDemoDetails.ClearDetailsDemoMark() => AccountabilityIsDemo = false;

    private readonly List<PlanTarget> targets = [];
    private readonly List<Milestone> milestones = [];
    private readonly List<ProgressUpdate> progress = [];
    private readonly List<AreaDepartment> involvedDepartments = [];

    private PriorityArea() { }

    internal PriorityArea(CorporateImprovementPlan plan, int themeNumber, int position, string shortName, string description, Guid lineage, string? changeNote)
    {
        Plan = plan;
        ThemeNumber = themeNumber;
        Position = position;
        ShortName = shortName.Trim();
        Description = description.Trim();
        Lineage = lineage;
        ChangeNote = changeNote;
    }

    public int CorporateImprovementPlanId { get; private set; }
    public CorporateImprovementPlan? Plan { get; private set; }
    public int ThemeNumber { get; private set; }
    public int Position { get; private set; }
    public string ShortName { get; private set; } = "";
    public string Description { get; private set; } = "";

    /// <summary>The same area across plan years, however it is reworded.</summary>
    public Guid Lineage { get; private set; }

    /// <summary>Why the area was added or reworded at a refresh, kept with it.</summary>
    public string? ChangeNote { get; private set; }
    public bool IsRetired { get; private set; }
    public string? RetiredReason { get; private set; }

    /// <summary>The department whose Chief Officer (with its Executive Member) answers for the area.</summary>
    public int? AccountableDepartmentId { get; private set; }
    public CrossCuttingTags Tags { get; private set; }

    public IReadOnlyList<PlanTarget> Targets => targets;
    public IReadOnlyList<Milestone> Milestones => milestones;
    public IReadOnlyList<ProgressUpdate> Progress => progress;
    public IReadOnlyList<AreaDepartment> InvolvedDepartments => involvedDepartments;

    public void AssignAccountability(int? departmentId, IEnumerable<int> otherDepartments, CrossCuttingTags tags)
    {
        AccountableDepartmentId = departmentId;
        Tags = tags;
        var wanted = otherDepartments.Where(d => d != departmentId).Distinct().ToList();
        involvedDepartments.RemoveAll(d => !wanted.Contains(d.DepartmentId));
        foreach (var id in wanted.Where(id => involvedDepartments.All(d => d.DepartmentId != id)))
        {
            involvedDepartments.Add(new AreaDepartment(id));
        }
    }

    public void Reword(string shortName, string description, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Say why the area is reworded: the reason is kept with the plan", "Reason");
        }

        ShortName = shortName.Trim();
        Description = description.Trim();
        ChangeNote = reason.Trim();
    }

    public void Retire(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Say why the area is retired: the reason is kept with the plan", "Reason");
        }

        IsRetired = true;
        RetiredReason = reason.Trim();
    }

    public PlanTarget AddTarget(string measure, string? unit, decimal? baseline, decimal targetValue, DateOnly targetDate, bool higherIsBetter)
    {
        Plan!.CheckWithinPlan(targetDate, nameof(PlanTarget.TargetDate));
        var target = new PlanTarget(measure, unit, baseline, targetValue, targetDate, higherIsBetter);
        targets.Add(target);
        return target;
    }

    public Milestone AddMilestone(string title, DateOnly dueDate)
    {
        Plan!.CheckWithinPlan(dueDate, nameof(Milestone.DueDate));
        var milestone = new Milestone(title, dueDate);
        milestones.Add(milestone);
        return milestone;
    }

    /// <summary>The accountable officer's RAG and commentary for a period. Red and Amber must say why.</summary>
    public ProgressUpdate RecordProgress(int reportingPeriodId, Rag rag, string? commentary, string recordedBy, DateTime nowUtc)
    {
        if (rag == Rag.NoData)
        {
            throw new DomainException("Choose Red, Amber or Green", nameof(ProgressUpdate.Rag));
        }

        if (rag is Rag.Red or Rag.Amber && string.IsNullOrWhiteSpace(commentary))
        {
            throw new DomainException($"Say why the area is {RagWords.Name(rag)}: what is wrong and what is being done", nameof(ProgressUpdate.Commentary));
        }

        var update = new ProgressUpdate(reportingPeriodId, rag, commentary?.Trim() ?? "", recordedBy, nowUtc);
        progress.Add(update);
        return update;
    }

    /// <summary>
    /// The area's RAG today: red without anyone typing it when a milestone is overdue or a target date has passed
    /// unmet; otherwise the latest RAG its officer recorded.
    /// </summary>
    public IReadOnlyList<RagReason> Assess(DateOnly today)
    {
        var reasons = new List<RagReason>();
        var culture = CultureInfo.GetCultureInfo("en-GB");
        foreach (var milestone in milestones.Where(m => m.IsOverdue(today)))
        {
            reasons.Add(new RagReason(Rag.Red, string.Create(culture, $"Milestone overdue since {milestone.DueDate:d MMM yyyy}: {milestone.Title}")));
        }

        foreach (var target in targets.Where(t => t.IsMissed(today)))
        {
            reasons.Add(new RagReason(Rag.Red, string.Create(culture, $"Target missed at {target.TargetDate:d MMM yyyy}: {target.Measure}")));
        }

        if (progress.OrderByDescending(p => p.RecordedUtc).FirstOrDefault() is { } latest)
        {
            reasons.Add(new RagReason(latest.Rag, "Recorded by " + latest.RecordedBy));
        }

        return reasons;
    }

    public Rag CurrentRag(DateOnly today) => Assess(today).Select(r => r.Rag).DefaultIfEmpty(Rag.NoData).Max();

    internal PriorityArea CopyForward(CorporateImprovementPlan next, int position, bool withTargets = true)
    {
        var copy = new PriorityArea(next, ThemeNumber, position, ShortName, Description, Lineage, null)
        {
            AccountableDepartmentId = AccountableDepartmentId,
            Tags = Tags,
        };
        copy.involvedDepartments.AddRange(involvedDepartments.Select(d => new AreaDepartment(d.DepartmentId)));
        if (withTargets)
        {
            copy.targets.AddRange(targets.Where(t => !t.IsAchieved).Select(t => t.Copy()));
            copy.milestones.AddRange(milestones.Where(m => m.CompletedOn is null).Select(m => new Milestone(m.Title, m.DueDate)));
        }

        return copy;
    }
}

public class AreaDepartment
{
    private AreaDepartment() { }

    internal AreaDepartment(int departmentId) => DepartmentId = departmentId;

    public int PriorityAreaId { get; private set; }
    public int DepartmentId { get; private set; }
}

/// <summary>A measurable target: a measure, its baseline, the value to reach and by when (seed 5.3: clear targets).</summary>
public class PlanTarget : IDemoRecord
{
    /// <summary>Invented by the Development seed (issue 17): every list, tile and report that shows it marks it.</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

    private PlanTarget() { }

    internal PlanTarget(string measure, string? unit, decimal? baseline, decimal targetValue, DateOnly targetDate, bool higherIsBetter)
    {
        Measure = measure.Trim();
        Unit = unit?.Trim();
        Baseline = baseline;
        TargetValue = targetValue;
        TargetDate = targetDate;
        HigherIsBetter = higherIsBetter;
    }

    public int Id { get; private set; }
    public int PriorityAreaId { get; private set; }
    public string Measure { get; private set; } = "";
    public string? Unit { get; private set; }
    public decimal? Baseline { get; private set; }
    public decimal TargetValue { get; private set; }
    public DateOnly TargetDate { get; private set; }
    public bool HigherIsBetter { get; private set; }
    public decimal? LatestValue { get; private set; }
    public DateOnly? LatestValueOn { get; private set; }

    /// <summary>When the indicators arrive, a target can follow one and take its results.</summary>
    public int? IndicatorId { get; private set; }

    public bool IsAchieved => LatestValue is { } value && (HigherIsBetter ? value >= TargetValue : value <= TargetValue);

    public bool IsMissed(DateOnly today) => TargetDate < today && !IsAchieved;

    public void RecordValue(decimal value, DateOnly on)
    {
        LatestValue = value;
        LatestValueOn = on;
    }

    internal PlanTarget Copy() => new(Measure, Unit, Baseline, TargetValue, TargetDate, HigherIsBetter) { LatestValue = LatestValue, LatestValueOn = LatestValueOn, IndicatorId = IndicatorId };
}

public class Milestone : IDemoRecord
{
    /// <summary>Invented by the Development seed (issue 17): every list, tile and report that shows it marks it.</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

    private Milestone() { }

    internal Milestone(string title, DateOnly dueDate)
    {
        Title = title.Trim();
        DueDate = dueDate;
    }

    public int Id { get; private set; }
    public int PriorityAreaId { get; private set; }
    public string Title { get; private set; } = "";
    public DateOnly DueDate { get; private set; }
    public DateOnly? CompletedOn { get; private set; }

    public bool IsOverdue(DateOnly today) => CompletedOn is null && DueDate < today;

    public void Complete(DateOnly on) => CompletedOn = on;
}

/// <summary>The accountable officer's RAG and commentary for one period; never overwritten, so the history is a timeline.</summary>
public class ProgressUpdate : IDemoRecord
{
    /// <summary>Invented by the Development seed (issue 17): every list, tile and report that shows it marks it.</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

    private ProgressUpdate() { }

    internal ProgressUpdate(int reportingPeriodId, Rag rag, string commentary, string recordedBy, DateTime recordedUtc)
    {
        ReportingPeriodId = reportingPeriodId;
        Rag = rag;
        Commentary = commentary;
        RecordedBy = recordedBy;
        RecordedUtc = recordedUtc;
    }

    public int Id { get; private set; }
    public int PriorityAreaId { get; private set; }
    public int ReportingPeriodId { get; private set; }
    public Rag Rag { get; private set; }
    public string Commentary { get; private set; } = "";
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedUtc { get; private set; }
}
