using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Http;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Json;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Tags;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Handlers;

/// <summary>Static segments (tags), their members, and tag search. Saved (condition) segments are not emulated: 501.</summary>
/// <remarks>
/// https://mailchimp.com/developer/marketing/api/list-segments/, https://mailchimp.com/developer/marketing/api/list-segment-members/
/// and https://mailchimp.com/developer/marketing/api/list-tags/
/// </remarks>
internal sealed class SegmentsHandler(TagStore store, SegmentMembers segmentMembers) : IEndpointGroup
{
    private const string IncludeCleaned = "include_cleaned";
    private const string IncludeTransactional = "include_transactional";
    private const string IncludeUnsubscribed = "include_unsubscribed";

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet(RouteNames.Segments, (HttpContext context, string list_id) =>
            JsonResult.Ok(store.ListSegments(list_id, context.Request.Query["type"].ToString() is { Length: > 0 } t ? t : null, Paging.From(context.Request.Query))))
            .WithContract(ParameterContract.For("GET", RouteNames.Segments, [.. ParameterContract.Collection, "type"]));
        routes.MapPost(RouteNames.Segments, async (HttpContext context, string list_id) =>
        {
            var body = await JsonBody.ReadAsync(context).ConfigureAwait(false);
            if (body["static_segment"] is null && body["options"] is not null)
            {
                throw new SavedSegmentsNotEmulatedException(context.Request.Path);
            }

            return JsonResult.Ok(segmentMembers.CreateStaticSegment(list_id, JsonBody.RequiredText(body, "name"), JsonBody.Strings(body, "static_segment")));
        }).WithContract(ParameterContract.For("POST", RouteNames.Segments, ParameterContract.PartialResponse, ["name", "static_segment", "options"]));
        routes.MapGet(RouteNames.Segment, (string list_id, string segment_id) => JsonResult.Ok(store.GetSegment(list_id, SegmentId(list_id, segment_id))))
            .WithContract(ParameterContract.For("GET", RouteNames.Segment, ParameterContract.PartialResponse));
        routes.MapPost(RouteNames.Segment, async (HttpContext context, string list_id, string segment_id) =>
        {
            var body = await JsonBody.ReadAsync(context).ConfigureAwait(false);
            return JsonResult.Ok(segmentMembers.AddRemove(list_id, SegmentId(list_id, segment_id), JsonBody.Strings(body, "members_to_add"), JsonBody.Strings(body, "members_to_remove")));
        }).WithContract(ParameterContract.For("POST", RouteNames.Segment, ParameterContract.PartialResponse, ["members_to_add", "members_to_remove"]));
        routes.MapGet(RouteNames.SegmentMembers, (HttpContext context, string list_id, string segment_id) =>
            JsonResult.Ok(segmentMembers.ListMembers(
                list_id,
                SegmentId(list_id, segment_id),
                SegmentMembers.StatusesListed(Flag(context.Request.Query, IncludeCleaned), Flag(context.Request.Query, IncludeTransactional), Flag(context.Request.Query, IncludeUnsubscribed)),
                Paging.From(context.Request.Query))))
            .WithContract(ParameterContract.For("GET", RouteNames.SegmentMembers, [.. ParameterContract.Collection, IncludeCleaned, IncludeTransactional, IncludeUnsubscribed]));
        routes.MapGet(RouteNames.TagSearch, (HttpContext context, string list_id) =>
            JsonResult.Ok(store.SearchTags(list_id, context.Request.Query["name"].ToString())))
            .WithContract(ParameterContract.For("GET", RouteNames.TagSearch, [.. ParameterContract.PartialResponse, "name"]));
    }

    /// <summary>Reads a documented boolean query parameter: absent is false; anything but true/false is 400 (the sandbox's strict choice).</summary>
    private static bool Flag(IQueryCollection query, string name) => query[name].ToString() switch
    {
        "" => false,
        var text when string.Equals(text, "true", StringComparison.OrdinalIgnoreCase) => true,
        var text when string.Equals(text, "false", StringComparison.OrdinalIgnoreCase) => false,
        var text => throw new InvalidResourceException($"The {name} parameter '{text}' must be true or false.", name, "Invalid value."),
    };

    private static long SegmentId(string listId, string segmentId) =>
        long.TryParse(segmentId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new ResourceNotFoundException($"segment {segmentId} of list {listId}");
}
