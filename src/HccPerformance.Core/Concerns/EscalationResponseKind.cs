namespace HccPerformance.Core.Concerns;

/// <summary>What the body an escalation reached made of it.</summary>
public enum EscalationResponseKind
{
    /// <summary>The body decided something (extra resources, a review of its own).</summary>
    Decision = 1,

    /// <summary>The body asks CPEG or the department for something.</summary>
    Request = 2,

    /// <summary>The body has read it and leaves it with CPEG.</summary>
    Noted = 3,
}
