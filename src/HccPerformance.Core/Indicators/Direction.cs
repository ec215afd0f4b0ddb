namespace HccPerformance.Core.Indicators;

public enum Direction
{
    NotKnown = 0,
    Improved = 1,
    NoChange = 2,
    Worsened = 3,
}
