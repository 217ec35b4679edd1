using System.Net;
using Dynamics.Mailchimp.MailchimpApi.Resilience;
using Polly;

namespace Dynamics.Mailchimp.MailchimpApi.Tests.Resilience;

public sealed class MailchimpRetryClassifierTests
{
    private static HttpRequestMessage CreateRequest(string method, bool retrySafe = false)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), "https://us1.api.mailchimp.com/3.0/lists/L1");
        if (retrySafe)
        {
            request.MarkRetrySafe();
        }

        return request;
    }

    [Theory]
    [InlineData("GET", false, true)]
    [InlineData("PUT", false, true)]
    [InlineData("PATCH", false, true)]
    [InlineData("DELETE", false, true)]
    [InlineData("POST", false, false)]
    [InlineData("POST", true, true)]
    public void IsSafeToRepeat_ByMethodAndMark_MatchesPolicy(string method, bool marked, bool expected)
    {
        // Arrange
        using var request = CreateRequest(method, marked);

        // Act
        var safe = MailchimpRetryClassifier.IsSafeToRepeat(request);

        // Assert
        Assert.Equal(expected, safe);
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.InternalServerError, true)]
    [InlineData(HttpStatusCode.GatewayTimeout, true)]
    [InlineData(HttpStatusCode.RequestTimeout, true)]
    [InlineData(HttpStatusCode.BadRequest, false)]
    [InlineData(HttpStatusCode.NotFound, false)]
    [InlineData(HttpStatusCode.Unauthorized, false)]
    public void IsTransient_ByStatus_MatchesPolicy(HttpStatusCode status, bool expected)
    {
        // Arrange
        using var response = new HttpResponseMessage(status) { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/problem+json") };

        // Act
        var transient = MailchimpRetryClassifier.IsTransient(Outcome.FromResult(response));

        // Assert
        Assert.Equal(expected, transient);
    }

    [Fact]
    public void IsTransient_ForbiddenWithoutJson_IsTransientButWithJsonIsNot()
    {
        // Arrange
        using var bare = new HttpResponseMessage(HttpStatusCode.Forbidden) { Content = new StringContent(string.Empty) };
        using var problem = new HttpResponseMessage(HttpStatusCode.Forbidden) { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/problem+json") };

        // Act
        var bareTransient = MailchimpRetryClassifier.IsTransient(Outcome.FromResult(bare));
        var problemTransient = MailchimpRetryClassifier.IsTransient(Outcome.FromResult(problem));

        // Assert
        Assert.True(bareTransient);
        Assert.False(problemTransient);
    }

    [Fact]
    public void IsTransient_NetworkErrorOrTimeout_IsTransient()
    {
        // Arrange
        var network = Outcome.FromException<HttpResponseMessage>(new HttpRequestException("reset"));
        var timeout = Outcome.FromException<HttpResponseMessage>(new Polly.Timeout.TimeoutRejectedException());
        var bug = Outcome.FromException<HttpResponseMessage>(new InvalidOperationException());

        // Act
        bool[] results = [MailchimpRetryClassifier.IsTransient(network), MailchimpRetryClassifier.IsTransient(timeout), MailchimpRetryClassifier.IsTransient(bug)];

        // Assert
        Assert.Equal([true, true, false], results);
    }
}
