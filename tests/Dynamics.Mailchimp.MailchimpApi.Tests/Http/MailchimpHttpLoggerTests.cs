using System.Net;
using Dynamics.Mailchimp.MailchimpApi.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Dynamics.Mailchimp.MailchimpApi.Tests.Http;

public sealed class MailchimpHttpLoggerTests
{
    private const string Secret = "Basic c2VjcmV0LXZhbHVlLXVzMTk=";

    private static (MailchimpHttpLogger Sut, FakeLogger<MailchimpHttpLogger> Logger) CreateSut()
    {
        var logger = new FakeLogger<MailchimpHttpLogger>();
        logger.ControlLevel(LogLevel.Trace, true);
        return (new MailchimpHttpLogger(logger), logger);
    }

    private static HttpRequestMessage CreateRequest()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "https://us19.api.mailchimp.com/3.0/lists/L1/members?count=1000&offset=0");
        request.Headers.TryAddWithoutValidation("Authorization", Secret);
        return request;
    }

    [Fact]
    public void LogRequestStartAndStop_RequestWithAuthorization_LogsPathAndStatusButNoHeader()
    {
        // Arrange
        var (sut, logger) = CreateSut();
        using var request = CreateRequest();
        using var response = new HttpResponseMessage(HttpStatusCode.OK);

        // Act
        var context = sut.LogRequestStart(request);
        sut.LogRequestStop(context, request, response, TimeSpan.FromMilliseconds(12));

        // Assert
        var records = logger.Collector.GetSnapshot();
        Assert.Equal(2, records.Count);
        Assert.Contains("/3.0/lists/L1/members?count=1000&offset=0", records[1].Message, StringComparison.Ordinal);
        Assert.Contains("200", records[1].Message, StringComparison.Ordinal);
        Assert.All(records, record =>
        {
            Assert.DoesNotContain("c2VjcmV0", record.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(record.StructuredState ?? [], pair => pair.Value?.Contains("c2VjcmV0", StringComparison.Ordinal) == true);
        });
    }

    [Fact]
    public void LogRequestFailed_Exception_LogsTypeNotMessage()
    {
        // Arrange
        var (sut, logger) = CreateSut();
        using var request = CreateRequest();

        // Act
        sut.LogRequestFailed(null, request, null, new HttpRequestException("connection reset"), TimeSpan.FromSeconds(1));

        // Assert
        var record = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Contains(nameof(HttpRequestException), record.Message, StringComparison.Ordinal);
        Assert.Equal(LogLevel.Debug, record.Level);
    }
}
