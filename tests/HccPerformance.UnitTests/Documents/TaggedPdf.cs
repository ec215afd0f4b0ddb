using System.Diagnostics;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace HccPerformance.UnitTests.Documents;

/// <summary>
/// A tagged PDF read back the way assistive technology sees it (issue 20): poppler's <c>pdfinfo</c> says whether it is
/// tagged and prints its structure tree with the text of each element (<c>pdfinfo -struct-text</c>, Debian's
/// poppler-utils, which scripts/test.sh installs); what pdfinfo does not print (the language, a figure's alternative
/// text, an element's actual text) is read from the PDF's own dictionaries with PdfPig.
/// </summary>
internal sealed class TaggedPdf
{
    private TaggedPdf(bool tagged, StructNode root, string? language, bool displaysTitle, List<(string Type, string? Alt, string? ActualText)> elements)
    {
        Tagged = tagged;
        Root = root;
        Language = language;
        DisplaysTitle = displaysTitle;
        Elements = elements;
    }

    public bool Tagged { get; }

    /// <summary>The structure tree as pdfinfo prints it, the Document element at the top.</summary>
    public StructNode Root { get; }

    /// <summary>The catalog's /Lang.</summary>
    public string? Language { get; }

    /// <summary>The viewer preference that shows the document's title, not its file name, in the window's title bar.</summary>
    public bool DisplaysTitle { get; }

    /// <summary>Every structure element's type (Figure, P, ...) with its /Alt and /ActualText, in the tree's order.</summary>
    public IReadOnlyList<(string Type, string? Alt, string? ActualText)> Elements { get; }

    public IEnumerable<StructNode> All => Root.Descendants();

    /// <summary>The headings H1-H6 in reading order: level and text (or, for one with no text drawn, its title).</summary>
    public List<(int Level, string Text)> Headings =>
    [
        .. All.Where(n => n.Type.Length == 2 && n.Type[0] == 'H' && char.IsDigit(n.Type[1]))
            .Select(n => (n.Type[1] - '0', n.Text.Length > 0 ? n.Text : n.Title ?? "")),
    ];

    public static TaggedPdf Read(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"tagged-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var info = Run("pdfinfo", path);
            var tagged = info.Split('\n').Any(l => l.StartsWith("Tagged:", StringComparison.Ordinal) && l.EndsWith("yes", StringComparison.Ordinal));
            var root = Parse(Run("pdfinfo", "-struct-text", path));
            var (language, displaysTitle, elements) = Dictionaries(pdf);
            return new TaggedPdf(tagged, root, language, displaysTitle, elements);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(arguments[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("pdfinfo is missing: install Debian's poppler-utils (scripts/test.sh does, as root).", e);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"pdfinfo failed: {error}");
            return output.Result;
        }
    }

    // pdfinfo indents each level by two spaces: an element is its type (with an optional "title" and (block) or
    // (inline)), its attributes follow on lines starting with "/", its text on lines in quotes, an annotation as
    // "Object N G".
    private static StructNode Parse(string output)
    {
        var root = new StructNode("(root)", null, -1);
        var stack = new Stack<StructNode>();
        stack.Push(root);
        foreach (var raw in output.Split('\n'))
        {
            if (raw.Trim().Length == 0)
            {
                continue;
            }
            var indent = raw.Length - raw.TrimStart(' ').Length;
            var line = raw.Trim();
            while (stack.Peek().Indent >= indent && stack.Count > 1)
            {
                stack.Pop();
            }
            var parent = stack.Peek();
            if (line.StartsWith('"'))
            {
                parent.Texts.Add(line.Length >= 2 ? line[1..^1] : "");
            }
            else if (line.StartsWith('/'))
            {
                parent.Attributes.Add(line);
            }
            else if (line.StartsWith("Object ", StringComparison.Ordinal))
            {
                parent.ObjectReferences++;
            }
            else if (line.StartsWith('('))
            {
                // "(No content?)": marked content with no text (an empty table cell).
                continue;
            }
            else
            {
                var type = line.Split(' ', ':')[0];
                var quote = line.IndexOf('"', StringComparison.Ordinal);
                var title = quote >= 0 ? line[(quote + 1)..line.LastIndexOf('"')] : null;
                var node = new StructNode(type, title, indent);
                parent.Children.Add(node);
                stack.Push(node);
            }
        }
        return Assert.Single(root.Children);
    }

    private static (string? Language, bool DisplaysTitle, List<(string, string?, string?)> Elements) Dictionaries(byte[] bytes)
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var structure = pdf.Structure;
        var catalog = structure.Catalog.CatalogDictionary;
        IToken? Resolve(IToken? token) => token is IndirectReferenceToken reference ? structure.GetObject(reference.Data).Data : token;
        DictionaryToken? Dictionary(DictionaryToken owner, string key) =>
            owner.Data.TryGetValue(key, out var value) ? Resolve(value) as DictionaryToken : null;
        // PDFsharp writes a string beyond Latin-1 in hex (UTF-16 with a byte order mark).
        string? Text(DictionaryToken owner, string key) => owner.Data.TryGetValue(key, out var value)
            ? Resolve(value) switch { StringToken text => text.Data, HexToken hex => hex.Data, _ => null }
            : null;

        var language = Text(catalog, "Lang");
        var displaysTitle = Dictionary(catalog, "ViewerPreferences") is { } preferences
            && preferences.Data.TryGetValue("DisplayDocTitle", out var display) && display is BooleanToken { Data: true };

        var elements = new List<(string, string?, string?)>();
        var seen = new HashSet<IndirectReference>();
        void Walk(IToken? token)
        {
            if (token is IndirectReferenceToken reference && !seen.Add(reference.Data))
            {
                return;
            }
            switch (Resolve(token))
            {
                case ArrayToken array:
                    foreach (var item in array.Data)
                    {
                        Walk(item);
                    }
                    break;
                case DictionaryToken element when element.Data.TryGetValue("S", out var type) && type is NameToken name:
                    elements.Add((name.Data, Text(element, "Alt"), Text(element, "ActualText")));
                    if (element.Data.TryGetValue("K", out var kids))
                    {
                        Walk(kids);
                    }
                    break;
            }
        }
        if (Dictionary(catalog, "StructTreeRoot") is { } root && root.Data.TryGetValue("K", out var top))
        {
            Walk(top);
        }
        return (language, displaysTitle, elements);
    }
}
