using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace ScanService.Match;

/// <summary>
/// A 64-bit hash of a blocking key's text, for <see cref="KeyedSubjects"/>. Two keys
/// with one hash are told apart by their text, so the hash decides only how fast a key is found, never which
/// subjects it finds.
/// </summary>
internal static class BlockingKeyHash
{
    private const ulong Seed = 0x9E3779B97F4A7C15;
    private const ulong Multiplier = 0xBF58476D1CE4E5B9;

    public static ulong Of(ReadOnlySpan<char> text)
    {
        var bytes = MemoryMarshal.AsBytes(text);
        var hash = Seed ^ (ulong)bytes.Length;
        while (bytes.Length >= sizeof(ulong))
        {
            hash = Step(hash, BinaryPrimitives.ReadUInt64LittleEndian(bytes));
            bytes = bytes[sizeof(ulong)..];
        }

        if (!bytes.IsEmpty)
        {
            ulong tail = 0;
            for (var i = bytes.Length - 1; i >= 0; i--)
            {
                tail = (tail << 8) | bytes[i];
            }

            hash = Step(hash, tail);
        }

        // The final mix of SplitMix64: every input bit reaches every bit of the slot number.
        hash ^= hash >> 30;
        hash *= Multiplier;
        hash ^= hash >> 27;
        hash *= 0x94D049BB133111EB;
        return hash ^ (hash >> 31);
    }

    private static ulong Step(ulong hash, ulong word) => BitOperations.RotateLeft((hash ^ word) * Multiplier, 29);
}
