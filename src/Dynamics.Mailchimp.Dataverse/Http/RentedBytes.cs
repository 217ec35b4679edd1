using System.Buffers;

namespace Dynamics.Mailchimp.Dataverse.Http;

/// <summary>Bytes in an array rented from <see cref="ArrayPool{T}.Shared"/> (or a plain one), given back once when disposed.</summary>
internal sealed class RentedBytes : IDisposable
{
    private byte[]? _rented;

    /// <summary>Initializes a new instance of the <see cref="RentedBytes"/> class.</summary>
    /// <param name="array">The array.</param>
    /// <param name="length">How many of its bytes are the content.</param>
    /// <param name="rented">Whether the array is the shared pool's.</param>
    public RentedBytes(byte[] array, int length, bool rented)
    {
        Memory = array.AsMemory(0, length);
        _rented = rented ? array : null;
    }

    /// <summary>Gets the bytes; not to be used once disposed.</summary>
    public ReadOnlyMemory<byte> Memory { get; private set; }

    /// <inheritdoc/>
    public void Dispose()
    {
        Memory = ReadOnlyMemory<byte>.Empty;
        if (Interlocked.Exchange(ref _rented, null) is { } array)
        {
            ArrayPool<byte>.Shared.Return(array);
        }
    }
}
