namespace HccPerformance.Core.Notifications;

/// <summary>How a person is told of what needs them, besides the site (issue 19). Each as it happens unless they chose otherwise.</summary>
public enum EmailDelivery
{
    EachAsItHappens = 0,
    DailySummary = 1,
    SiteOnly = 2,
}
