using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Http;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Json;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Members;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Handlers;

/// <summary>List members: read, add, upsert, update, archive, delete permanently.</summary>
/// <remarks>https://mailchimp.com/developer/marketing/api/list-members/</remarks>
internal sealed class MembersHandler(MemberStore store) : IEndpointGroup
{
    private static readonly string[] WriteQuery = [.. ParameterContract.PartialResponse, SkipMergeValidationName];

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet(RouteNames.Members, (HttpContext context, string list_id) =>
            JsonResult.Ok(store.ListMembers(list_id, ParseQuery(context.Request.Query), Paging.From(context.Request.Query))))
            .WithContract(ParameterContract.For("GET", RouteNames.Members, [.. ParameterContract.Collection, "status", "since_last_changed", "before_last_changed", "sort_field", "sort_dir", InterestFilter.CategoryName, InterestFilter.IdsName, InterestFilter.MatchName]));
        routes.MapGet(RouteNames.Member, (string list_id, string subscriber_hash) =>
            JsonResult.Ok(store.GetMember(list_id, subscriber_hash)))
            .WithContract(ParameterContract.For("GET", RouteNames.Member, ParameterContract.PartialResponse));
        routes.MapPost(RouteNames.Members, async (HttpContext context, string list_id) =>
            JsonResult.Ok(store.AddMember(list_id, await ReadWriteAsync(context).ConfigureAwait(false))))
            .WithContract(ParameterContract.For("POST", RouteNames.Members, WriteQuery, [.. MemberWrite.CommonFields, "tags"]));
        routes.MapPut(RouteNames.Member, async (HttpContext context, string list_id, string subscriber_hash) =>
            JsonResult.Ok(store.UpsertMember(list_id, subscriber_hash, await ReadWriteAsync(context).ConfigureAwait(false), isPut: true)))
            .WithContract(ParameterContract.For("PUT", RouteNames.Member, WriteQuery, [.. MemberWrite.CommonFields, "status_if_new"]));
        routes.MapPatch(RouteNames.Member, async (HttpContext context, string list_id, string subscriber_hash) =>
            JsonResult.Ok(store.UpsertMember(list_id, subscriber_hash, await ReadWriteAsync(context).ConfigureAwait(false), isPut: false)))
            .WithContract(ParameterContract.For("PATCH", RouteNames.Member, WriteQuery, MemberWrite.CommonFields));
        routes.MapDelete(RouteNames.Member, (string list_id, string subscriber_hash) =>
        {
            store.ArchiveMember(list_id, subscriber_hash);
            return Results.NoContent();
        }).WithContract(ParameterContract.For("DELETE", RouteNames.Member, []));
        routes.MapPost(RouteNames.MemberDeletePermanent, (string list_id, string subscriber_hash) =>
        {
            store.DeletePermanently(list_id, subscriber_hash);
            return Results.NoContent();
        }).WithContract(ParameterContract.For("POST", RouteNames.MemberDeletePermanent, []));
    }

    private static async Task<MemberWrite> ReadWriteAsync(HttpContext context) =>
        MemberWrite.From(await JsonBody.ReadAsync(context).ConfigureAwait(false), SkipMergeValidation(context.Request.Query));

    /// <summary>The query parameter that lets required merge fields stay empty.</summary>
    internal const string SkipMergeValidationName = "skip_merge_validation";

    /// <summary>Reads <c>?skip_merge_validation=true</c>.</summary>
    internal static bool SkipMergeValidation(IQueryCollection query) =>
        string.Equals(query[SkipMergeValidationName].ToString(), "true", StringComparison.OrdinalIgnoreCase);

    private static MemberQuery ParseQuery(IQueryCollection query)
    {
        var status = Optional(query, "status");
        if (status is not null && !MemberStatus.All.Contains(status))
        {
            throw new InvalidResourceException($"The status parameter '{status}' is not a member status.", "status", "Invalid value.");
        }

        var sortField = Optional(query, "sort_field");
        if (sortField is not null && sortField is not ("last_changed" or "timestamp_opt" or "timestamp_signup"))
        {
            throw new InvalidResourceException($"The sort_field parameter '{sortField}' is not supported.", "sort_field", "Invalid value.");
        }

        return new MemberQuery
        {
            Status = status,
            SinceLastChanged = Time(query, "since_last_changed"),
            BeforeLastChanged = Time(query, "before_last_changed"),
            SortField = sortField,
            Descending = string.Equals(Optional(query, "sort_dir"), "DESC", StringComparison.OrdinalIgnoreCase),
            Interests = InterestFilter.From(Optional(query, InterestFilter.CategoryName), Optional(query, InterestFilter.IdsName), Optional(query, InterestFilter.MatchName)),
        };
    }

    private static string? Optional(IQueryCollection query, string name) =>
        query[name].ToString() is { Length: > 0 } value ? value : null;

    private static DateTimeOffset? Time(IQueryCollection query, string name) =>
        Optional(query, name) is not { } text
            ? null
            : Timestamps.TryParse(text, out var value)
                ? value
                : throw new InvalidResourceException($"The {name} parameter '{text}' is not an ISO 8601 time.", name, "Invalid date.");
}
