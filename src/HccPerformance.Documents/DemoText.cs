namespace HccPerformance.Documents;

/// <summary>
/// How a PDF marks a demo record (issue 17): "(demo)" after its title or figure, in the text itself, so the mark survives
/// printing, copying and forwarding.
/// </summary>
public static class DemoText
{
    public const string Suffix = " (demo)";

    public static string Mark(string text, bool isDemo) => isDemo ? text + Suffix : text;
}
