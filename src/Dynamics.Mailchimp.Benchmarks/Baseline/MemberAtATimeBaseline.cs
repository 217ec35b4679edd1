using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Plugins.Names;

namespace Dynamics.Mailchimp.Benchmarks.Baseline;

/// <summary>
/// The best member-at-a-time code can do, for comparison: read the queue, then per member a Dataverse read of the
/// contact, a Mailchimp <c>PUT</c> upsert and a Dataverse write of the member id and status, then a write per queue
/// row; at most 10 calls in flight to each service (the members are pipelined so both services stay busy).
/// </summary>
public sealed class MemberAtATimeBaseline(HttpClient dataverse, HttpClient mailchimp, string audienceId)
{
    /// <summary>Connections per service.</summary>
    public const int Connections = 10;

    private const string SubscribedOption = "subscribed";
    private const string WriteTag = "?tag=dmc-sync";

    /// <summary>Pushes up to <paramref name="sample"/> queued changes one member at a time.</summary>
    /// <param name="sample">The most changes to push.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The result.</returns>
    public async Task<BaselineResult> RunAsync(int sample, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var dataverseSlots = new SemaphoreSlim(Connections);
        using var mailchimpSlots = new SemaphoreSlim(Connections);
        var queue = await QueueSample.ReadAsync(dataverse, sample, cancellationToken).ConfigureAwait(false);
        var failures = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Connections * 2, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(queue.Members, options, async (member, stop) =>
        {
            var contact = await OneAsync(dataverseSlots, () => dataverse.GetAsync($"contacts({member.ContactId:D})?$select=firstname,lastname,emailaddress1", stop), stop).ConfigureAwait(false);
            var row = JsonNode.Parse(contact)!;
            var email = (string)row["emailaddress1"]!;
            var body = new JsonObject
            {
                ["email_address"] = email,
                ["status_if_new"] = SubscribedOption,
                ["merge_fields"] = new JsonObject { ["FNAME"] = (string?)row["firstname"] ?? string.Empty, ["LNAME"] = (string?)row["lastname"] ?? string.Empty },
            };
            var hash = SubscriberHash(email);
            var upserted = await OneAsync(mailchimpSlots, () => mailchimp.PutAsJsonAsync($"lists/{audienceId}/members/{hash}", body, stop), stop).ConfigureAwait(false);
            var memberId = JsonNode.Parse(upserted)?["id"]?.GetValue<string>() ?? hash;
            var write = new JsonObject { [MemberFields.MailchimpMemberId] = memberId };
            await OneAsync(dataverseSlots, () => Patch($"contacts({member.ContactId:D}){WriteTag}", write, stop), stop).ConfigureAwait(false);
        }).ConfigureAwait(false);

        var rows = queue.Members.Select(m => m.RowId).Distinct().ToArray();
        await Parallel.ForEachAsync(rows, options, async (rowId, stop) =>
        {
            var done = new JsonObject { [QueueItemFields.State] = QueueItemStates.Done };
            await OneAsync(dataverseSlots, () => Patch($"dmc_syncqueueitems({rowId:D}){WriteTag}", done, stop), stop).ConfigureAwait(false);
        }).ConfigureAwait(false);

        return new BaselineResult(queue.Members.Count, clock.Elapsed.TotalSeconds, failures);

        async Task<string> OneAsync(SemaphoreSlim slots, Func<Task<HttpResponseMessage>> call, CancellationToken stop)
        {
            await slots.WaitAsync(stop).ConfigureAwait(false);
            try
            {
                using var response = await call().ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                }

                return await response.Content.ReadAsStringAsync(stop).ConfigureAwait(false) is { Length: > 0 } text ? text : "{}";
            }
            finally
            {
                slots.Release();
            }
        }
    }

    private static string SubscriberHash(string email) =>
        Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(email.ToLower(CultureInfo.InvariantCulture))));

    private Task<HttpResponseMessage> Patch(string path, JsonObject body, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, path) { Content = JsonContent.Create(body, options: JsonSerializerOptions.Web) };
        request.Headers.IfMatch.ParseAdd("*");
        return dataverse.SendAsync(request, cancellationToken);
    }
}
