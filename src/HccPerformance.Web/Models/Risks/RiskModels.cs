using System.Text.Encodings.Web;
using HccPerformance.Core.Common;
using HccPerformance.Core.Risks;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HccPerformance.Web.Models.Risks;

public sealed class RegisterPageViewModel
{
    public required RegisterView Register { get; init; }
    public required IReadOnlyList<SelectListItem> Departments { get; init; }
    public required bool CanMaintain { get; init; }

    /// <summary>The department as asked for in the address, kept in the filter when it could not be used.</summary>
    public string? AskedDepartment { get; init; }

    public bool Filtered => Register.Filter != new RiskFilter();
}

public sealed class RiskPageViewModel
{
    public required RiskView Risk { get; init; }
    public required bool CanMaintain { get; init; }
    public AssessInput Assess { get; set; } = new();
    public CloseRiskInput Close { get; set; } = new();
}

public sealed class NewRiskPageViewModel
{
    public NewRiskInput Input { get; set; } = new();
    public required IReadOnlyList<SelectListItem> Departments { get; init; }
}

public sealed class EditRiskPageViewModel
{
    public required int Id { get; init; }
    public required string Reference { get; init; }
    public RiskDetailsInput Input { get; set; } = new();
    public required IReadOnlyList<SelectListItem> Departments { get; init; }
}

public sealed class EmergingRisksPageViewModel
{
    public required EmergingRisksView View { get; init; }
    public required IReadOnlyList<SelectListItem> Departments { get; init; }
    public required bool CanRaise { get; init; }
    public bool Filtered => View.Filter != new EmergingFilter();
}

public sealed class NewEmergingRiskPageViewModel
{
    public NewEmergingRiskInput Input { get; set; } = new();

    /// <summary>The department a Chief Officer raises it for (their own, not chosen); null when the person chooses.</summary>
    public string? FixedDepartment { get; init; }
    public required IReadOnlyList<SelectListItem> Departments { get; init; }
}

public sealed class EditEmergingRiskPageViewModel
{
    public required EmergingRiskView Risk { get; init; }
    public EmergingRiskUpdateInput Input { get; set; } = new();
}

/// <summary>How the register's scores, bands and trends show on pages: always words as well as colour or arrows.</summary>
public static class RiskDisplay
{
    public static string BandName(Rag band) => RagWords.Name(band);

    public static string BandClass(Rag band) => band switch
    {
        Rag.Red => "heat-red",
        Rag.Amber => "heat-amber",
        Rag.Green => "heat-green",
        _ => "heat-grey",
    };

    /// <summary>An arrow and the trend in words. A rising score is the risk getting worse.</summary>
    public static IHtmlContent Trend(RiskTrend trend)
    {
        var (arrow, css) = trend switch
        {
            RiskTrend.Rising => ("▲", "travel-worse"),
            RiskTrend.Falling => ("▼", "travel-better"),
            _ => ("▶", "travel-same"),
        };
        var words = HtmlEncoder.Default.Encode(RiskScale.Trend(trend));
        return new HtmlString($"<span class=\"text-nowrap\"><span class=\"travel {css}\" aria-hidden=\"true\">{arrow}</span> {words}</span>");
    }

    public static string Likelihood(int value) => $"{value} {RiskScale.Likelihood(value)}";

    public static string Impact(int value) => $"{value} {RiskScale.Impact(value)}";

    public static string StatusClass(EmergingRiskStatus status) => status switch
    {
        EmergingRiskStatus.Open => "tag-amber",
        EmergingRiskStatus.Escalated => "tag-blue",
        _ => "tag-grey",
    };
}
