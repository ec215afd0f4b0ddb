namespace HccPerformance.Core.Ambition;

/// <summary>How a target stands against the recorded ambition.</summary>
public enum AmbitionStanding
{
    /// <summary>No ambition is recorded.</summary>
    NoAmbition = 0,

    /// <summary>The ambition is in words only: people judge the target against it.</summary>
    WordsOnly = 1,

    /// <summary>The ambition is for a later year than the target's.</summary>
    NotYetDue = 2,

    /// <summary>Data is missing (a polarity, the benchmarking club's figures) to tell.</summary>
    CannotTell = 3,

    Reaches = 4,
    ShortOf = 5,
}
