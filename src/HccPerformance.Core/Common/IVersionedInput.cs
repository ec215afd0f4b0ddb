namespace HccPerformance.Core.Common;

/// <summary>A form's input that carries the version token of the record it was read from.</summary>
public interface IVersionedInput
{
    Guid Version { get; set; }

    /// <summary>The form field that carries the token.</summary>
    string VersionField => nameof(Version);
}
