using System.Net;
using Dynamics.Mailchimp.Dataverse.Http;
using Polly;
using Polly.Timeout;

namespace Dynamics.Mailchimp.Dataverse.Tests.Http;

public sealed class DataverseRetryPredicateTests
{
    private static HttpRequestMessage CreateSut(HttpMethod method, bool ifMatch = false, bool idempotent = false)
    {
        var request = new HttpRequestMessage(method, "https://contoso.crm.dynamics.com/api/data/v9.2/contacts");
        if (ifMatch)
        {
            request.Headers.TryAddWithoutValidation("If-Match", "*");
        }

        if (idempotent)
        {
            request.Options.Set(DataverseRequestOptions.Idempotent, true);
        }

        return request;
    }

    private static Outcome<HttpResponseMessage> Status(int status) => Outcome.FromResult(new HttpResponseMessage((HttpStatusCode)status));

    [Theory]
    [InlineData("POST", false, false, 429, true)]
    [InlineData("POST", false, false, 500, false)]
    [InlineData("POST", false, true, 503, true)]
    [InlineData("GET", false, false, 503, true)]
    [InlineData("DELETE", false, false, 502, true)]
    [InlineData("PATCH", false, false, 503, false)]
    [InlineData("PATCH", true, false, 503, true)]
    [InlineData("GET", false, false, 400, false)]
    [InlineData("GET", false, false, 412, false)]
    public void ShouldRetry_StatusAndMethod_MatchesPolicy(string method, bool ifMatch, bool idempotent, int status, bool expected)
    {
        // Arrange
        using var request = CreateSut(new HttpMethod(method), ifMatch, idempotent);

        // Act
        var retry = DataverseRetryPredicate.ShouldRetry(request, Status(status));

        // Assert
        Assert.Equal(expected, retry);
    }

    [Fact]
    public void ShouldRetry_TimeoutOnCreate_IsNotRetried()
    {
        // Arrange
        using var request = CreateSut(HttpMethod.Post);

        // Act
        var retry = DataverseRetryPredicate.ShouldRetry(request, Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException()));

        // Assert
        Assert.False(retry);
    }

    [Fact]
    public void ShouldRetry_TransportErrorOnGet_IsRetried()
    {
        // Arrange
        using var request = CreateSut(HttpMethod.Get);

        // Act
        var retry = DataverseRetryPredicate.ShouldRetry(request, Outcome.FromException<HttpResponseMessage>(new HttpRequestException("reset")));

        // Assert
        Assert.True(retry);
    }
}
