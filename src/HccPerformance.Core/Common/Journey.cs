using System.Globalization;

namespace HccPerformance.Core.Common;

/// <summary>
/// The order in which bodies consider an issued document (seed 3.4: CMT is the "clearing house" before Cabinet; 4.20: the
/// report is "considered by CMT, the Executive Member for Efficiency, Performance and Rural Policy and ultimately Cabinet").
/// One place for the rules both documents follow: the next body only, each body once, on a date that follows the last step.
/// </summary>
public static class Journey
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The body whose consideration comes next, or none when the journey is complete.</summary>
    public static Body? Next(IReadOnlyList<Body> steps, int done) => done < steps.Count ? steps[done] : null;

    /// <summary>
    /// Members of the body record its step; the Head of Improvement also records CMT's and Cabinet's, because they service
    /// those meetings.
    /// </summary>
    public static bool MayRecord(Func<string, bool> isInRole, Body body) =>
        Bodies.SitsOn(isInRole, body) || (isInRole(Roles.HeadOfImprovement) && body is Body.Cmt or Body.Cabinet);

    /// <summary>Whether the person may record any step of a journey with these steps (checked before what was typed).</summary>
    public static bool MayRecordAny(Func<string, bool> isInRole, IEnumerable<Body> steps) => steps.Any(b => MayRecord(isInRole, b));

    /// <summary>Refuses, in words, a step out of order, a second one by the same body, or a date before the last step or after today.</summary>
    public static void Check(IReadOnlyList<Body> steps, IReadOnlyList<Consideration> done, Body body, DateOnly metOn, DateOnly issuedOn,
        DateOnly today, string document)
    {
        if (!steps.Contains(body))
        {
            throw new DomainException($"{Capital(Bodies.Name(body))} is not a step of {document}'s journey.", "Body");
        }

        if (done.FirstOrDefault(c => c.Body == body) is { } already)
        {
            throw new DomainException(
                $"{Capital(Bodies.Name(body))} has already considered {document} (on {Date(already.MetOn)}). A body considers a version once: nothing was recorded.");
        }

        var next = Next(steps, done.Count)!.Value;
        if (next != body)
        {
            throw new DomainException(
                $"{Capital(Bodies.Name(next))} considers {document} before {Bodies.Name(body)}: record {Possessive(next)} consideration first. Nothing was recorded.");
        }

        if (metOn > today)
        {
            throw new DomainException($"The date cannot be after today ({Date(today)}): record a consideration once it has happened", "MetOn");
        }

        var last = done.Count > 0 ? done[^1] : null;
        var since = last?.MetOn ?? issuedOn;
        if (metOn < since)
        {
            throw new DomainException(last is null
                ? $"The date cannot be before {document} was issued ({Date(since)})"
                : $"The date cannot be before {Possessive(last.Body)} consideration ({Date(since)})", "MetOn");
        }
    }

    /// <summary>"CMT's", "Cabinet's", "the Executive Member for ...'s".</summary>
    public static string Possessive(Body body) => Bodies.Name(body) + "'s";

    public static string Capital(string words) => words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];

    private static string Date(DateOnly day) => day.ToString("d MMM yyyy", EnGb);
}
