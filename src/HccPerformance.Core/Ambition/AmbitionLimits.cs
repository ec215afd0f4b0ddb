namespace HccPerformance.Core.Ambition;

/// <summary>Lengths shared by the database and the validators.</summary>
public static class AmbitionLimits
{
    public const int Position = 500;
    public const int Request = 500;
    public const int Name = 256;

    /// <summary>How many years ahead an ambition may be set: the plan looks three years ahead, a vision a little further.</summary>
    public const int YearsAhead = 10;

    /// <summary>The largest figure a stretch level may be, as for comparators' figures.</summary>
    public const decimal LargestFigure = 1_000_000_000m;
}
