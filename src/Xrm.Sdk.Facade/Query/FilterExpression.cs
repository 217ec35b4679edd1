namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>Conditions and nested filters joined by And or Or.</summary>
    public sealed class FilterExpression
    {
        /// <summary>An And filter.</summary>
        public FilterExpression()
            : this(LogicalOperator.And)
        {
        }

        /// <summary>A filter joined by <paramref name="filterOperator"/>.</summary>
        public FilterExpression(LogicalOperator filterOperator)
        {
            FilterOperator = filterOperator;
            Conditions = new DataCollection<ConditionExpression>();
            Filters = new DataCollection<FilterExpression>();
        }

        /// <summary>The conditions.</summary>
        public DataCollection<ConditionExpression> Conditions { get; }

        /// <summary>And or Or.</summary>
        public LogicalOperator FilterOperator { get; set; }

        /// <summary>Nested filters.</summary>
        public DataCollection<FilterExpression> Filters { get; }

        /// <summary>Adds a condition.</summary>
        public void AddCondition(ConditionExpression condition) => Conditions.Add(condition);

        /// <summary>Adds a condition on <paramref name="attributeName"/>.</summary>
        public void AddCondition(string attributeName, ConditionOperator conditionOperator, params object[] values) =>
            Conditions.Add(new ConditionExpression(attributeName, conditionOperator, values));

        /// <summary>Adds a condition on a linked table's column.</summary>
        public void AddCondition(string entityName, string attributeName, ConditionOperator conditionOperator, params object[] values) =>
            Conditions.Add(new ConditionExpression(entityName, attributeName, conditionOperator, values));

        /// <summary>Adds a nested filter.</summary>
        public void AddFilter(FilterExpression childFilter) => Filters.Add(childFilter);

        /// <summary>Adds and returns a nested filter.</summary>
        public FilterExpression AddFilter(LogicalOperator logicalOperator)
        {
            var child = new FilterExpression(logicalOperator);
            Filters.Add(child);
            return child;
        }
    }
}
