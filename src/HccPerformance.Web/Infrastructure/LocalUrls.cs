using System.Globalization;
using System.Text;

namespace HccPerformance.Web.Infrastructure;

public static class LocalUrls
{
    /// <summary>
    /// A local address made fit for a Location header: characters outside printable ASCII are percent-encoded as UTF-8
    /// (a header may carry nothing else, and Kestrel refuses the response otherwise). Call after <c>Url.IsLocalUrl</c>.
    /// </summary>
    public static string Encode(string url)
    {
        var encoded = new StringBuilder(url.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.Value is > 0x20 and < 0x7f)
            {
                encoded.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(bytes);
            for (var i = 0; i < length; i++)
            {
                encoded.Append('%').Append(bytes[i].ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }
}
