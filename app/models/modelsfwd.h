#pragma once

// The window's item models and the services behind them, declared for headers that only name
// them (as pointers or references) and so need not include their definitions.
namespace Models {
class ArticleListModel;
class DatabaseWorker;
class ImageStore;
class SourceTreeModel;
} // namespace Models
