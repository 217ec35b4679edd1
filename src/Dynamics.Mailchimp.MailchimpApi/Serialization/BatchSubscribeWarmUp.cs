using System.Text.Json;
using Dynamics.Mailchimp.MailchimpApi.Models.Batch;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;

namespace Dynamics.Mailchimp.MailchimpApi.Serialization;

/// <summary>
/// Builds the JSON metadata of the batch subscribe, and compiles its serialization code, without any I/O: a request of
/// one member written, and an answer with a created member and a refused one read. The first batch subscribe of a
/// process otherwise pays for it on the wire's critical path (a few hundred methods compiled at run time, about 0.1 s
/// on two cores: issue #9's benchmark); a job does it on an idle core while it reads elsewhere.
/// </summary>
public static class BatchSubscribeWarmUp
{
    private static readonly byte[] Answer = """
        {"new_members":[{"id":"6d2ab9f8b1c5e0d4f3a2b1c0d9e8f7a6","email_address":"warm-up@example.com","unique_email_id":"a1","contact_id":"c1","web_id":1,
        "status":"subscribed","merge_fields":{"FNAME":"Warm","OPTIN":"true"},"interests":{"1a2b3c":true},"tags":[{"id":1,"name":"Warm-up"}],
        "language":"en","vip":false,"source":"API - Generic","last_changed":"2026-01-01T00:00:00+00:00","timestamp_signup":"","timestamp_opt":"2026-01-01T00:00:00+00:00","list_id":"a1b2c3d4e5"}],
        "updated_members":[],"errors":[{"email_address":"refused@example.com","error":"refused","error_code":"ERROR_CONTACT_EXISTS","field":"email_address","field_message":"refused"}],
        "total_created":1,"total_updated":0,"error_count":1}
        """u8.ToArray();

    /// <summary>Writes a request and reads an answer.</summary>
    /// <returns>The request's bytes and the answer read (for the tests: the shapes are the wire's).</returns>
    public static (byte[] Request, BatchSubscribeResponse? Answer) Run()
    {
        var request = new BatchSubscribeRequest
        {
            Members =
            [
                new MemberUpsert
                {
                    EmailAddress = "warm-up@example.com",
                    Status = MemberStatus.Subscribed,
                    StatusIfNew = MemberStatus.Subscribed,
                    MergeFields = new Dictionary<string, object?> { ["FNAME"] = "Warm", ["OPTIN"] = "true", ["SCORE"] = 1.5 },
                    Interests = new Dictionary<string, bool> { ["1a2b3c"] = true },
                },
            ],
            UpdateExisting = true,
        };
        return (JsonSerializer.SerializeToUtf8Bytes(request, MailchimpJsonContext.Default.BatchSubscribeRequest),
            JsonSerializer.Deserialize(Answer, MailchimpJsonContext.Default.BatchSubscribeResponse));
    }
}
