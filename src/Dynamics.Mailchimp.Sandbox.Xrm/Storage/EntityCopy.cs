using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Storage;

/// <summary>Deep-enough copies of rows, so callers never hold the store's own objects.</summary>
internal static class EntityCopy
{
    public static Entity Clone(Entity source, IEnumerable<string>? columns = null)
    {
        var copy = new Entity(source.LogicalName, source.Id) { RowVersion = source.RowVersion };
        var set = columns as HashSet<string>; // a query's column set: its own look-up, not Enumerable.Contains per column
        foreach (var (name, value) in source.Attributes)
        {
            if (columns is null || (set is not null ? set.Contains(name) : columns.Contains(name)))
            {
                copy.Attributes[name] = CloneValue(value);
            }
        }

        return copy;
    }

    public static object? CloneValue(object? value) => value switch
    {
        EntityReference reference => new EntityReference(reference.LogicalName, reference.Id) { Name = reference.Name },
        OptionSetValue option => new OptionSetValue(option.Value),
        Money money => new Money(money.Value),
        Guid[] ids => ids.ToArray(),
        _ => value,
    };
}
