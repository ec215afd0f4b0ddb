namespace HccPerformance.Core.Indicators;

/// <summary>Who puts the figures in: the council itself (seed 4.24: 16 national indicators) or the national Data Hub.</summary>
public enum IndicatorSource
{
    Council = 1,
    DataHub = 2,
}
