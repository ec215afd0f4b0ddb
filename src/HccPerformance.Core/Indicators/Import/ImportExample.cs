namespace HccPerformance.Core.Indicators.Import;

/// <summary>
/// The indicator code of every import template's example row. No indicator has it, so a template uploaded unchanged imports
/// nothing: the row is refused (and the definitions import, which would otherwise add it, refuses it by name).
/// </summary>
public static class ImportExample
{
    public const string Code = "EXAMPLE 1";

    public const string Problem = "this is the template's example row: replace it with your own rows";

    public static bool Is(string code) => string.Equals(code.Trim(), Code, StringComparison.OrdinalIgnoreCase);
}
