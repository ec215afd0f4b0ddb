namespace HccPerformance.Core.Risks;

/// <summary>The corporate risk register and the emerging risk issues (issue 6). Being written.</summary>
public sealed class RiskRegister
{
}
