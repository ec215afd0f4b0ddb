namespace HccPerformance.Web.Models.Guidance;

/// <summary>
/// What one role is responsible for in the framework (Appendix One) and what it can do in the site today. <paramref name="Role"/>
/// is the role's name in <see cref="Core.Common.Roles"/>, or <see cref="RoleGuides.Everyone"/>.
/// </summary>
public sealed record RoleGuide(string Role, string Name, string Responsibility, IReadOnlyList<GuideStep> Steps);
