using System.Security.Cryptography;
using System.Text;

namespace Dynamics.Mailchimp.Sync.Pull.Record;

/// <summary>
/// Name-based row ids (SHA-256 of the name, RFC 9562 version 8): the same name always gives the same id, so a rerun
/// upserts the row it wrote before instead of adding a second one.
/// </summary>
public static class DerivedIds
{
    /// <summary>The id for <paramref name="name"/>.</summary>
    /// <param name="name">The values that identify the row, joined.</param>
    /// <returns>The row id.</returns>
    public static Guid Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
