namespace HccPerformance.Core.Dashboard;

/// <summary>Which way a dashboard box is heading since the previous quarter (issue 18), told in words and an arrow.</summary>
public enum BoxDirection
{
    NotKnown = 0,
    Better = 1,
    Same = 2,
    Worse = 3,

    /// <summary>Up, where more is neither better nor worse (intelligence received).</summary>
    More = 4,

    /// <summary>Down, where fewer is neither better nor worse.</summary>
    Fewer = 5,
}
