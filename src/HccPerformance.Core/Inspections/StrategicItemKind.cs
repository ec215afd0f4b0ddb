namespace HccPerformance.Core.Inspections;

/// <summary>What a row of the strategic picture is (<see cref="InspectionReads.StrategicPicture"/>).</summary>
public enum StrategicItemKind
{
    /// <summary>A strategic inspection that has reported, with its judgement.</summary>
    Inspection = 1,

    /// <summary>An inspection on the forward programme.</summary>
    Expected = 2,

    /// <summary>Intelligence from an inspectorate.</summary>
    Intelligence = 3,
}
