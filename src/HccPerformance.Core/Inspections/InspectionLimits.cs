namespace HccPerformance.Core.Inspections;

/// <summary>Lengths of the inspection register's text, as RegisterConfiguration stores them.</summary>
public static class InspectionLimits
{
    public const int Body = 200;
    public const int Service = 300;
    public const int Text = 2000;
    public const int Owner = 200;
    public const int Evidence = 2000;

    /// <summary>A judgement or rating as an inspectorate words it: a phrase, never a report.</summary>
    public const int Judgement = 100;

    /// <summary>What an expected inspection will cover.</summary>
    public const int Scope = 1000;

    /// <summary>Where a piece of intelligence came from, like "Ofsted annual performance assessment letter".</summary>
    public const int Source = 200;
    public const int Summary = 2000;
    public const int DocumentReference = 300;
}
