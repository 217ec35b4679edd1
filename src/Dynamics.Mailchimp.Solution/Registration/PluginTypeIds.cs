using System.Security.Cryptography;
using System.Text;

namespace Dynamics.Mailchimp.Solution.Registration;

/// <summary>
/// Stable PluginTypeIds: a name-based UUID (RFC 9562 version 5) of the type's full name in the namespace of the
/// assembly's stable id, so every pack gives a type the same id and an upgrade updates it instead of adding one.
/// </summary>
public static class PluginTypeIds
{
    /// <summary>The id of <paramref name="typeName"/> in the assembly <paramref name="assemblyId"/>.</summary>
    /// <param name="assemblyId">The stable PluginAssemblyId.</param>
    /// <param name="typeName">The plug-in type's full name.</param>
    /// <returns>The PluginTypeId.</returns>
    public static Guid Of(Guid assemblyId, string typeName)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        var name = Encoding.UTF8.GetBytes(typeName);
        var input = new byte[16 + name.Length];
        assemblyId.TryWriteBytes(input, bigEndian: true, out _);
        name.CopyTo(input, 16);
        var hash = SHA1.HashData(input);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
