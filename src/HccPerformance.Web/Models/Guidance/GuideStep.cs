namespace HccPerformance.Web.Models.Guidance;

/// <summary>One thing a role does in the site, in a sentence, and where.</summary>
public sealed record GuideStep(string Text, IReadOnlyList<GuideLink> Where);
