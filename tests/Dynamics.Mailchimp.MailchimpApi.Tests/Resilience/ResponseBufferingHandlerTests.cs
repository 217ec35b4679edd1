using Dynamics.Mailchimp.MailchimpApi.Resilience;
using Dynamics.Mailchimp.MailchimpApi.Tests.Fakes;

namespace Dynamics.Mailchimp.MailchimpApi.Tests.Resilience;

public sealed class ResponseBufferingHandlerTests
{
    /// <summary>A body stream that records whether it was read to the end.</summary>
    private sealed class TrackingStream(byte[] data) : MemoryStream(data)
    {
        public bool ReadToEnd { get; private set; }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = base.ReadAsync(buffer, cancellationToken);
            ReadToEnd |= Position == Length;
            return read;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            var read = base.ReadAsync(buffer, offset, count, cancellationToken);
            ReadToEnd |= Position == Length;
            return read;
        }
    }

    private static (HttpMessageInvoker Sut, TrackingStream Body) CreateSut()
    {
        var body = new TrackingStream("""{"health_status":"ok"}"""u8.ToArray());
        var inner = new RecordingHandler((_, _) => new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StreamContent(body) });
        return (new HttpMessageInvoker(new ResponseBufferingHandler { InnerHandler = inner }), body);
    }

    [Fact]
    public async Task SendAsync_StreamedBody_ReadCompletelyBeforeReturning()
    {
        // Arrange
        var (sut, body) = CreateSut();
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/3.0/ping");

        // Act
        using var response = await sut.SendAsync(request, CancellationToken.None);

        // Assert
        Assert.True(body.ReadToEnd);
        Assert.Equal("""{"health_status":"ok"}""", await response.Content.ReadAsStringAsync(CancellationToken.None));
        sut.Dispose();
    }
}
