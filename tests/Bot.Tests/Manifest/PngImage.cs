using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ThiDuaBot.Bot.Tests.Manifest;

/// <summary>Just enough of PNG to check the app icons: the IHDR size and the RGBA pixels of 8-bit RGBA images.</summary>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private PngImage(int width, int height, byte bitDepth, byte colorType, byte[] idat)
    {
        Width = width;
        Height = height;
        BitDepth = bitDepth;
        ColorType = colorType;
        _idat = idat;
    }

    private readonly byte[] _idat;

    public int Width { get; }

    public int Height { get; }

    public byte BitDepth { get; }

    /// <summary>6 is truecolour with alpha (RGBA).</summary>
    public byte ColorType { get; }

    public static PngImage Read(byte[] bytes)
    {
        if (bytes.Length < 33 || !bytes.AsSpan(0, 8).SequenceEqual(Signature))
            throw new InvalidDataException("Not a PNG file.");
        int width = 0, height = 0;
        byte bitDepth = 0, colorType = 0;
        var idat = new MemoryStream();
        for (var offset = 8; offset + 8 <= bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(offset, 4));
            var type = Encoding.ASCII.GetString(bytes, offset + 4, 4);
            var data = bytes.AsSpan(offset + 8, length);
            if (offset == 8 && type != "IHDR") throw new InvalidDataException("IHDR is not the first chunk.");
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data[..4]);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..8]);
                    bitDepth = data[8];
                    colorType = data[9];
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
            }
            offset += 12 + length;
        }
        return new PngImage(width, height, bitDepth, colorType, idat.ToArray());
    }

    /// <summary>Pixels as RGBA rows; only for 8-bit RGBA, non-interlaced images.</summary>
    public byte[][] RgbaRows()
    {
        if (BitDepth != 8 || ColorType != 6)
            throw new NotSupportedException($"Only 8-bit RGBA is decoded here (bit depth {BitDepth}, colour type {ColorType}).");
        using var inflater = new ZLibStream(new MemoryStream(_idat), CompressionMode.Decompress);
        var raw = new MemoryStream();
        inflater.CopyTo(raw);
        var data = raw.ToArray();

        const int bpp = 4;
        var stride = Width * bpp;
        var rows = new byte[Height][];
        var previous = new byte[stride];
        for (var y = 0; y < Height; y++)
        {
            var filter = data[y * (stride + 1)];
            var row = data.AsSpan(y * (stride + 1) + 1, stride).ToArray();
            for (var i = 0; i < stride; i++)
            {
                int left = i >= bpp ? row[i - bpp] : 0, up = previous[i], upLeft = i >= bpp ? previous[i - bpp] : 0;
                row[i] += filter switch
                {
                    0 => 0,
                    1 => (byte)left,
                    2 => (byte)up,
                    3 => (byte)((left + up) / 2),
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"Unknown PNG filter {filter}."),
                };
            }
            rows[y] = row;
            previous = row;
        }
        return rows;
    }

    private static byte Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return (byte)(pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
    }
}
