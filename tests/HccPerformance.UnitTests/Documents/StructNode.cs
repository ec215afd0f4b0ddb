namespace HccPerformance.UnitTests.Documents;

/// <summary>One element of a tagged PDF's structure tree as pdfinfo prints it.</summary>
internal sealed class StructNode(string type, string? title, int indent)
{
    public string Type { get; } = type;

    /// <summary>The element's /T, if it has one.</summary>
    public string? Title { get; } = title;

    public int Indent { get; } = indent;

    public List<StructNode> Children { get; } = [];

    /// <summary>Its own marked content's text, piece by piece (not its children's).</summary>
    public List<string> Texts { get; } = [];

    /// <summary>Attribute lines such as "/Scope /Column".</summary>
    public List<string> Attributes { get; } = [];

    /// <summary>Annotations it holds (a Link's "Object N G").</summary>
    public int ObjectReferences { get; set; }

    public string Text => string.Concat(Texts);

    /// <summary>Its own text and all its descendants', in reading order.</summary>
    public string AllText => Text + string.Concat(Children.Select(c => c.AllText));

    public IEnumerable<StructNode> Descendants()
    {
        foreach (var child in Children)
        {
            yield return child;
            foreach (var below in child.Descendants())
            {
                yield return below;
            }
        }
    }

    public override string ToString() => $"{Type} {Text}";
}
