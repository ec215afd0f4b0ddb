namespace HccPerformance.Core.Inspections;

/// <summary>Lengths of the inspection register's text, as RegisterConfiguration stores them.</summary>
public static class InspectionLimits
{
    public const int Body = 200;
    public const int Service = 300;
    public const int Text = 2000;
    public const int Owner = 200;
    public const int Evidence = 2000;
}
