-- The starter countdown that comes with the product: about 25 tasks of a county expo, planned backwards
-- from opening day (start_offset in days, negative before opening). Offices copy and adapt it.

INSERT INTO countdown_template (version, name_zh, name_en, source_event_id, created_at)
VALUES (0, '县级展会筹备标准倒排工期（起步模板）', 'County expo countdown (starter template)', NULL, CURRENT_TIMESTAMP);

INSERT INTO countdown_template_item (template_id, position, title_zh, title_en, workstream, start_offset, duration_days, depends_on)
SELECT t.id, 0, '成立筹备工作领导小组，印发工作方案', 'Set up the leading group and issue the work plan', 'OTHER', -60, 3, '' FROM countdown_template t WHERE t.name_en = 'County expo countdown (starter template)'
UNION ALL SELECT t.id, 1, '编制总体方案和经费预算', 'Draft the overall plan and budget', 'OTHER', -57, 5, '0' FROM countdown_template t WHERE t.name_en = 'County expo countdown (starter template)'
UNION ALL SELECT t.id, 2, '确定展馆布局和展位图', 'Fix the hall layout and booth plan', 'VENUE_BUILD_UP', -52, 5, '1' FROM countdown_template t WHERE t.name_en = 'County expo countdown (starter template)'
UNION ALL SELECT t.id, 3, '发布招展通知，启动展商报名', 'Publish the call for exhibitors and open registration', 'INVITATIONS', -50, 20, '1' FROM countdown_template t WHERE t.name_en = 'County expo countdown (starter template)'
UNION ALL SELECT t.id, 4, '拟定嘉宾和客商邀请名单', 'Draw up the guest and merchant invitation list', 'INVITATIONS', -50, 7, '1' FROM countdown_template t WHERE t.name_en = 'County expo countdown (starter template)'
UNION ALL SELECT t.id, 5, '发送邀请函并确认出席', 'Send invitations and confirm attendance', 'INVITATIONS', -43, 21, '4' FROM countdown_template t WHERE t.name_en = 'County expo countdown (starter template)'
UNION ALL SELECT t.id, 6, '布展搭建单位招标', 'Tender for the booth build-up contractor', 'VENUE_BUILD_UP', -47, 10, '2' FROM countdown_template t WHERE t.name_en = 'County expo countdown (starter template)'
UNION ALL SELECT t.id, 7, '展位分配并通知展商', 'Allocate booths and notify exhibitors', 'VENUE_BUILD_UP', -30, 5, '2,3' FROM countdown_template t WHERE t.name_en = 'County expo countdown (starter template)'
UNION ALL SELECT t.id, 8, '宣传方案和媒体投放', 'Publicity plan and media placements', 'PUBLICITY', -45, 25, '1' FROM countdown_template t WHERE t.name_en = 'County expo countdown (starter template)'
UNION ALL SELECT t.id, 9, '新闻发布会', 'Press conference', 'PUBLICITY', -20, 1, '8' FROM countdown_template t WHERE t.name_en = 'County expo countdown (starter template)'
UNION ALL SELECT t.id, 10, '制作会刊和宣传资料', 'Produce the fair catalogue and brochures', 'PUBLICITY', -25, 10, '7' FROM countdown_template t WHERE t.name_en = 'County expo countdown (starter template)'
UNION ALL SELECT t.id, 11, '落实接待酒店和用餐安排', 'Book hotels and meals for guests', 'RECEPTION', -40, 10, '4' FROM countdown_template t WHERE t.name_en = 'County expo countdown (starter template)'
UNION ALL SELECT t.id, 12, '机场、车站接送安排', 'Arrange airport and station pickups', 'RECEPTION', -22, 7, '5,11' FROM countdown_template t WHERE t.name_en = 'County expo countdown (starter template)'
UNION ALL SELECT t.id, 13, '证件制作和发放', 'Produce and hand out badges', 'LOGISTICS', -15, 8, '5,7' FROM countdown_template t WHERE t.name_en = 'County expo countdown (starter template)'
UNION ALL SELECT t.id, 14, '安保方案和应急预案', 'Security plan and contingency plans', 'SECURITY', -35, 10, '2' FROM countdown_template t WHERE t.name_en = 'County expo countdown (starter template)'
UNION ALL SELECT t.id, 15, '展位搭建（布展）', 'Booth build-up', 'VENUE_BUILD_UP', -10, 7, '6,7' FROM countdown_template t WHERE t.name_en = 'County expo countdown (starter template)'
UNION ALL SELECT t.id, 16, '消防和用电安全检查', 'Fire and electrical safety inspection', 'SECURITY', -3, 2, '14,15' FROM countdown_template t WHERE t.name_en = 'County expo countdown (starter template)'
UNION ALL SELECT t.id, 17, '食品安全检查（酒店和餐饮点）', 'Food safety checks of hotels and dining places', 'SECURITY', -7, 5, '11' FROM countdown_template t WHERE t.name_en = 'County expo countdown (starter template)'
UNION ALL SELECT t.id, 18, '志愿者招募和培训', 'Recruit and train volunteers', 'LOGISTICS', -25, 15, '14' FROM countdown_template t WHERE t.name_en = 'County expo countdown (starter template)'
UNION ALL SELECT t.id, 19, '交通组织和停车方案', 'Traffic and parking plan', 'LOGISTICS', -20, 10, '14' FROM countdown_template t WHERE t.name_en = 'County expo countdown (starter template)'
UNION ALL SELECT t.id, 20, '开幕式方案和议程', 'Opening ceremony plan and running order', 'CEREMONY', -30, 10, '4' FROM countdown_template t WHERE t.name_en = 'County expo countdown (starter template)'
UNION ALL SELECT t.id, 21, '签约项目梳理和签约仪式准备', 'Prepare the signing ceremony and its projects', 'CEREMONY', -20, 15, '20' FROM countdown_template t WHERE t.name_en = 'County expo countdown (starter template)'
UNION ALL SELECT t.id, 22, '开幕式彩排', 'Opening ceremony rehearsal', 'CEREMONY', -1, 1, '16,21' FROM countdown_template t WHERE t.name_en = 'County expo countdown (starter template)'
UNION ALL SELECT t.id, 23, '展会开幕', 'Opening day', 'CEREMONY', 0, 1, '22' FROM countdown_template t WHERE t.name_en = 'County expo countdown (starter template)'
UNION ALL SELECT t.id, 24, '撤展和场馆移交', 'Tear-down and hall handover', 'VENUE_BUILD_UP', 3, 2, '23' FROM countdown_template t WHERE t.name_en = 'County expo countdown (starter template)'
UNION ALL SELECT t.id, 25, '工作总结和表彰', 'Wrap-up report and thanks', 'OTHER', 5, 3, '24' FROM countdown_template t WHERE t.name_en = 'County expo countdown (starter template)';
