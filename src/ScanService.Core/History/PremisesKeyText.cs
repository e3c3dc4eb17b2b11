using ScanService.Model;

namespace ScanService.History;

/// <summary>
/// The text that stands for one premises (see <see cref="RecordKeys.PremisesText"/>), written into a buffer of the
/// calling thread: a national night asks for it of a million addresses in each of several stages, and a string for
/// each was most of what finding generic values cost.
/// </summary>
internal static class PremisesKeyText
{
    [ThreadStatic]
    private static char[]? t_buffer;

    /// <summary>
    /// The premises text of <paramref name="address"/>, valid until this thread's next call; false for an address
    /// too vague to count people at.
    /// </summary>
    public static bool TryWrite(ParsedAddress address, out ReadOnlySpan<char> text)
    {
        text = default;
        if (address.Building is not { } building)
        {
            return false;
        }

        var street = address.Postcode is null ? address.Street : null;
        var town = address.Postcode is null ? address.Town : null;
        if (address.Postcode is null && (street is null || town is null))
        {
            return false;
        }

        var flat = address.Flat ?? string.Empty;
        var length = (address.Postcode?.Length ?? (street!.Length + 1 + town!.Length)) + 1 + building.Length + 1 + flat.Length;
        // The text is put together in the first half and folded into the second: casing may not work in place.
        var buffer = t_buffer is { } kept && kept.Length >= 2 * length ? kept : t_buffer = new char[Math.Max(2 * length, 256)];
        var written = 0;
        if (address.Postcode is { } postcode)
        {
            Append(buffer, ref written, postcode);
        }
        else
        {
            Append(buffer, ref written, street);
            buffer[written++] = '|';
            Append(buffer, ref written, town);
        }

        buffer[written++] = '|';
        Append(buffer, ref written, building);
        buffer[written++] = '|';
        Append(buffer, ref written, flat);
        var folded = buffer.AsSpan(written, written);
        text = folded[..buffer.AsSpan(0, written).ToLowerInvariant(folded)];
        return true;
    }

    private static void Append(char[] buffer, ref int written, string? part)
    {
        part.AsSpan().CopyTo(buffer.AsSpan(written));
        written += part?.Length ?? 0;
    }
}
