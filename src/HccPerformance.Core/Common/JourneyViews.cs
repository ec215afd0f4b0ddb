namespace HccPerformance.Core.Common;

/// <summary>A step done: which body, when, what it recorded and who recorded it.</summary>
public sealed record JourneyStepView(Body Body, DateOnly MetOn, string Decisions, string? Notes, string RecordedBy, DateTime RecordedUtc);

/// <summary>An issued document's journey for its page: the steps done, the one waiting, and whether this person may record it.</summary>
public sealed record JourneyView(string Document, DateTime IssuedUtc, string IssuedBy, IReadOnlyList<Body> Steps, IReadOnlyList<JourneyStepView> Done,
    bool MayRecordNext)
{
    public Body? Next => Journey.Next(Steps, Done.Count);
}

/// <summary>A document waiting for a body this person sits on, for their home page.</summary>
public sealed record WaitingStep(string Document, Body Body, string Link, DateTime IssuedUtc);
