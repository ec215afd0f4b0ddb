using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using HccPerformance.Documents.Reports;

namespace HccPerformance.Documents.Word;

/// <summary>
/// One bar of a RAG chart as a small PNG, for the Word version: the red, amber, green and no-data shares of the bar's own
/// total side by side in the PDF's colours, in a grey outline. Encoded here (a PNG of a few flat colours needs only zlib
/// and a CRC), so the site needs no System.Drawing, which .NET supports on Windows only. Every row of a bar is the same,
/// so one row is built and repeated; the same bar gives the same bytes.
/// </summary>
internal static class RagBarPng
{
    public const int Width = 480;
    public const int Height = 18;

    private static readonly (byte R, byte G, byte B) Outline = (90, 90, 90);
    private static readonly (byte R, byte G, byte B) Empty = (255, 255, 255);
    private static readonly (byte R, byte G, byte B) Red = (0xD4, 0x35, 0x1C);
    private static readonly (byte R, byte G, byte B) Amber = (0xFF, 0xBF, 0x47);
    private static readonly (byte R, byte G, byte B) Green = (0x00, 0x70, 0x3C);
    private static readonly (byte R, byte G, byte B) NoData = (0xB1, 0xB4, 0xB6);

    private static readonly uint[] CrcTable = BuildCrcTable();

    public static byte[] Encode(RagBar bar)
    {
        var row = Row(bar);
        var border = new byte[row.Length];
        border[0] = 0; // PNG filter "none" for every scanline
        for (var x = 0; x < Width; x++)
        {
            Set(border, x, Outline);
        }

        using var raw = new MemoryStream(Height * row.Length);
        for (var y = 0; y < Height; y++)
        {
            raw.Write(y == 0 || y == Height - 1 ? border : row);
        }

        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), Height);
        header[8] = 8; // bits per channel
        header[9] = 2; // truecolour, no alpha
        Chunk(png, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            {
                raw.Position = 0;
                raw.CopyTo(zlib);
            }
            Chunk(png, "IDAT", compressed.ToArray());
        }
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    // One scanline: the filter byte, then the outline, the shares in order and the outline again.
    private static byte[] Row(RagBar bar)
    {
        var row = new byte[1 + Width * 3];
        var inner = Width - 2;
        Set(row, 0, Outline);
        Set(row, Width - 1, Outline);
        var x = 1;
        if (bar.Total > 0)
        {
            var done = 0;
            foreach (var (count, colour) in new[] { (bar.Red, Red), (bar.Amber, Amber), (bar.Green, Green), (bar.NoData, NoData) })
            {
                done += count;
                // Each share ends where the running total ends, so rounding never leaves a gap or overruns the bar.
                var end = 1 + (int)Math.Round((double)inner * done / bar.Total);
                for (; x < end; x++)
                {
                    Set(row, x, colour);
                }
            }
        }
        for (; x < Width - 1; x++)
        {
            Set(row, x, Empty);
        }
        return row;
    }

    private static void Set(byte[] row, int x, (byte R, byte G, byte B) colour)
    {
        var at = 1 + x * 3;
        row[at] = colour.R;
        row[at + 1] = colour.G;
        row[at + 2] = colour.B;
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        var crc = Crc(Crc(0xFFFFFFFFu, typeBytes), data) ^ 0xFFFFFFFFu;
        Span<byte> crcBytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crcBytes, crc);
        png.Write(crcBytes);
    }

    private static uint Crc(uint crc, byte[] bytes)
    {
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }
        return crc;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
            table[n] = c;
        }
        return table;
    }
}
