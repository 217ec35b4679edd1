using System.Net.Mime;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.Sync.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Dynamics.Mailchimp.Cli.Commands.Serve;

/// <summary>
/// Answers Mailchimp's deliveries: checks the audience's secret in constant time, reads the form, has the event applied
/// and answers 200 only once it is written. A wrong secret gets 404 (nothing tells a prober the audience exists), a
/// form that is no list event 400, a failure 500 and an event not applied within
/// <see cref="WebhookOptions.AnswerWithinSeconds"/> 503, so Mailchimp sends those again. Logs name the member id, never
/// the address, and never the URL's secret.
/// </summary>
/// <param name="inbox">Where events wait to be applied.</param>
/// <param name="options">The receiver's settings (with the webhook key).</param>
/// <param name="tally">The answer counts.</param>
/// <param name="logger">The receiver's log.</param>
/// <param name="time">The clock of the answer deadline.</param>
public sealed class WebhookReceiver(WebhookInbox inbox, WebhookOptions options, ServeTally tally, ILogger<WebhookReceiver> logger, TimeProvider time)
{
    /// <summary>Mailchimp's check of a URL when a webhook is added: 200 for a known secret.</summary>
    /// <param name="audienceId">The audience in the URL.</param>
    /// <param name="secret">The secret in the URL.</param>
    /// <returns>200 or 404.</returns>
    public IResult Check(string audienceId, string secret) =>
        WebhookSecrets.Matches(options.Secret!, audienceId, secret) ? Results.Ok() : Results.NotFound();

    /// <summary>Receives one delivery.</summary>
    /// <param name="request">The request.</param>
    /// <param name="audienceId">The audience in the URL.</param>
    /// <param name="secret">The secret in the URL.</param>
    /// <param name="cancellationToken">The request's abort token.</param>
    /// <returns>The answer.</returns>
    public async Task<IResult> ReceiveAsync(HttpRequest request, string audienceId, string secret, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!WebhookSecrets.Matches(options.Secret!, audienceId, secret))
        {
            tally.Add("refused");
            logger.LogWarning("Refused a delivery for audience {AudienceId}: the URL's secret is not the audience's.", audienceId);
            return Results.NotFound();
        }

        if (!request.HasFormContentType)
        {
            return Rejected(audienceId, "A Mailchimp webhook is a form (application/x-www-form-urlencoded).");
        }

        WebhookEvent received;
        try
        {
            var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
            received = WebhookPayloadReader.Read(form.Select(pair => KeyValuePair.Create(pair.Key, pair.Value.ToString())));
        }
        catch (WebhookPayloadException e)
        {
            return Rejected(audienceId, e.Message);
        }

        if (!string.Equals(received.AudienceId, audienceId, StringComparison.Ordinal))
        {
            return Rejected(audienceId, $"The event is for audience {received.AudienceId}, not for the URL's audience.");
        }

        return await ApplyAsync(received, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IResult> ApplyAsync(WebhookEvent received, CancellationToken cancellationToken)
    {
        var member = received.Email is null ? "-" : SubscriberHash.Compute(received.Email);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(options.AnswerWithinSeconds), time);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        WebhookOutcome outcome;
        try
        {
            outcome = await inbox.SubmitAsync(received, wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            tally.Add("timedOut");
            logger.LogWarning("{Event} for member {MemberId} was not applied within {Seconds} s; answered 503 so that Mailchimp sends it again.", received, member, options.AnswerWithinSeconds);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        catch (InvalidOperationException)
        {
            tally.Add("stopping");
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        tally.Add(outcome.Kind);
        if (outcome.ShouldRetry)
        {
            logger.LogWarning("{Event} for member {MemberId} failed, answered 500 so that Mailchimp sends it again: {Error}", received, member, outcome.Error);
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }

        logger.LogInformation("{Event} for member {MemberId}: {Outcome}, {Changes} record change(s).", received, member, ServeTally.Name(outcome.Kind), outcome.Changes);
        return Results.Ok();
    }

    private IResult Rejected(string audienceId, string why)
    {
        tally.Add("rejected");
        logger.LogWarning("Rejected a delivery for audience {AudienceId}: {Why}", audienceId, why);
        // Written as a JSON node, not an anonymous type: the native dmc has no reflection-based serializer.
        return Results.Text(new JsonObject { ["error"] = why }.ToJsonString(), MediaTypeNames.Application.Json, statusCode: StatusCodes.Status400BadRequest);
    }
}
