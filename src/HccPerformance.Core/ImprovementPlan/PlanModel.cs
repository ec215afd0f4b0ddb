using System.Globalization;
using HccPerformance.Core.Common;

namespace HccPerformance.Core.ImprovementPlan;

/// <summary>The cross-cutting considerations of seed 5.2, mainstreamed in the plan.</summary>
[Flags]
public enum CrossCuttingTags
{
    None = 0,
    EqualityAndDiversity = 1,
    CommunitySafety = 2,
    Sustainability = 4,
}

public static class PlanWords
{
    public static string Name(CrossCuttingTags tag) => tag switch
    {
        CrossCuttingTags.EqualityAndDiversity => "Equality and diversity",
        CrossCuttingTags.CommunitySafety => "Community safety",
        CrossCuttingTags.Sustainability => "Sustainability",
        _ => "None",
    };

    public static IEnumerable<CrossCuttingTags> Each(CrossCuttingTags tags) =>
        Enum.GetValues<CrossCuttingTags>().Where(t => t != CrossCuttingTags.None && tags.HasFlag(t));
}

/// <summary>
/// The Corporate Improvement Plan for one year of its life (seed 5.6: three years, 2008-2011, with a 12-month focus,
/// refreshed annually). A refresh makes a new plan year from this one; the earlier year stays as it was.
/// </summary>
public class CorporateImprovementPlan : AuditableEntity
{
    private readonly List<PlanTheme> themes = [];
    private readonly List<PriorityArea> areas = [];

    private CorporateImprovementPlan() { }

    public CorporateImprovementPlan(int startYear, int endYear, int focusYear)
    {
        StartYear = startYear;
        EndYear = endYear;
        FocusYear = focusYear;
        IsCurrent = true;
    }

    /// <summary>The first (or a later) focus year of a plan term.</summary>
    public CorporateImprovementPlan(PlanTerm term, int focusYear)
        : this(term.StartYear, term.EndYear, focusYear) => Term = term;

    /// <summary>The whole plan this is a focus year of, with its life cycle.</summary>
    public int PlanTermId { get; private set; }
    public PlanTerm? Term { get; private set; }

    /// <summary>The plan runs from April of <see cref="StartYear"/> to March of <see cref="EndYear"/>.</summary>
    public int StartYear { get; private set; }
    public int EndYear { get; private set; }

    /// <summary>The financial year this version of the plan focuses on.</summary>
    public int FocusYear { get; private set; }
    public bool IsCurrent { get; private set; }

    /// <summary>Where the plan's words come from (issue 17): reference document 5.8 for the seeded 2008 plan; null for a plan made here.</summary>
    public string? Source { get; private set; }

    public void Cite(string source) => Source = string.IsNullOrWhiteSpace(source) ? null : source.Trim();

    public string Title => string.Create(CultureInfo.InvariantCulture, $"Corporate Improvement Plan {StartYear}-{EndYear}");
    public string FocusLabel => Organisation.ReportingPeriod.FinancialYearName(FocusYear);

    public IReadOnlyList<PlanTheme> Themes => themes;
    public IReadOnlyList<PriorityArea> Areas => areas;

    public PlanTheme AddTheme(int number, string name, string? subtitle)
    {
        var theme = new PlanTheme(number, name, subtitle);
        themes.Add(theme);
        return theme;
    }

    public PriorityArea AddArea(int themeNumber, string shortName, string description, string? reason = null)
    {
        if (themes.All(t => t.Number != themeNumber))
        {
            throw new DomainException("Choose one of the plan's themes", nameof(PriorityArea.ThemeNumber));
        }

        var area = new PriorityArea(this, themeNumber, areas.Count(a => a.ThemeNumber == themeNumber) + 1, shortName, description, Guid.NewGuid(), reason);
        areas.Add(area);
        return area;
    }

    /// <summary>
    /// The annual refresh: a new plan year with the live areas copied forward (accountability, tags, open targets and
    /// milestones with them), ready to be added to, retired or reworded. This year stops being current and is kept as it was.
    /// </summary>
    public CorporateImprovementPlan Refresh()
    {
        if (!IsCurrent)
        {
            throw new DomainException("Only the current plan year can be refreshed.");
        }

        if (Term is { InOperationNow: false })
        {
            throw new DomainException($"The annual refresh is for a plan in operation; this plan is {PlanLifeWords.Status(Term.Status).ToLowerInvariant()}.");
        }

        if (FocusYear >= EndYear - 1)
        {
            throw new DomainException($"The plan ends in March {EndYear}: its last year cannot be refreshed into another. A new plan is needed.");
        }

        var next = new CorporateImprovementPlan(StartYear, EndYear, FocusYear + 1) { Source = Source, Term = Term, PlanTermId = PlanTermId };
        foreach (var theme in themes)
        {
            next.AddTheme(theme.Number, theme.Name, theme.Subtitle);
        }

        foreach (var area in areas.Where(a => !a.IsRetired).OrderBy(a => a.ThemeNumber).ThenBy(a => a.Position))
        {
            next.areas.Add(area.CopyForward(next, next.areas.Count(a => a.ThemeNumber == area.ThemeNumber) + 1));
        }

        IsCurrent = false;
        return next;
    }

    /// <summary>
    /// The first year of the next plan (seed 5.6: the full review leads to a new plan): the themes, and the areas the full review
    /// kept or changed with their lineage, accountability and tags. Targets and milestones belong to this plan's years and stay here.
    /// </summary>
    public CorporateImprovementPlan StartSuccessor(PlanTerm next, IReadOnlyCollection<Guid> carried)
    {
        var first = new CorporateImprovementPlan(next, next.StartYear);
        foreach (var theme in themes)
        {
            first.AddTheme(theme.Number, theme.Name, theme.Subtitle);
        }

        foreach (var area in areas.Where(a => !a.IsRetired && carried.Contains(a.Lineage)).OrderBy(a => a.ThemeNumber).ThenBy(a => a.Position))
        {
            first.areas.Add(area.CopyForward(first, first.areas.Count(a => a.ThemeNumber == area.ThemeNumber) + 1, withTargets: false));
        }

        return first;
    }

    /// <summary>Its plan has closed: no year of it is current any more, so nothing in it changes.</summary>
    internal void EndWithPlan() => IsCurrent = false;

    /// <summary>A target date must fall within the plan's own years.</summary>
    public void CheckWithinPlan(DateOnly date, string field)
    {
        var first = new DateOnly(StartYear, 4, 1);
        var last = new DateOnly(EndYear, 3, 31);
        if (date < first || date > last)
        {
            throw new DomainException(string.Create(CultureInfo.GetCultureInfo("en-GB"),
                $"The date must fall within the plan, {first:d MMMM yyyy} to {last:d MMMM yyyy}"), field);
        }
    }
}

public class PlanTheme
{
    private PlanTheme() { }

    internal PlanTheme(int number, string name, string? subtitle)
    {
        Number = number;
        Name = name;
        Subtitle = subtitle;
    }

    public int Id { get; private set; }
    public int CorporateImprovementPlanId { get; private set; }
    public int Number { get; private set; }
    public string Name { get; private set; } = "";
    public string? Subtitle { get; private set; }
}
