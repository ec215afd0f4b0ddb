namespace HccPerformance.Web.Models.Guidance;

/// <summary>A "where in the site" link: a page the role can open (GuidanceTests follows each one as that role).</summary>
public sealed record GuideLink(string Text, string Href);
