"""GridBudget: the district project budget declaration (项目申报书 and 项目绩效目标表) editor."""

__version__ = "0.1.0"
