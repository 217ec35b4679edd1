namespace Dynamics.Mailchimp.Dataverse.Tests.TestDoubles;

/// <summary>A stream over <paramref name="data"/> that hands out at most <paramref name="most"/> bytes per read, like a socket.</summary>
/// <param name="data">The bytes.</param>
/// <param name="most">The most bytes one read returns.</param>
internal sealed class TrickleStream(byte[] data, int most) : MemoryStream(data)
{
    public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, most));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        base.ReadAsync(buffer[..Math.Min(buffer.Length, most)], cancellationToken);
}
